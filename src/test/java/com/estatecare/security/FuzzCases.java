package com.estatecare.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.estatecare.security.ApiOperations.Operation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The malformed calls made of one operation of the API description: a fixed, deterministic list (no randomness),
 * so that a failure names a case that the next run makes again. Ids that are not under test are ids that do not
 * exist, so that no case can change a record by being accidentally valid.
 */
final class FuzzCases {

    static final String NO_SUCH_ID = "999999999";
    /** Strings that have broken parsers, queries, file paths and screens elsewhere. */
    static final List<String> ODD = List.of("\u0000\u0007\u001b[31m", "\u202Eexe.txt", "😀👨‍👩‍👧", "' OR 1=1 --",
            "../../etc/passwd", "%s%n{0}${x}");
    private static final List<String> BAD_IDS = List.of("-1", "9223372036854775808", "1.5", "%00", "..%2F..%2Fetc",
            "%F0%9F%98%80", "1%27%20OR%201%3D1");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MEGABYTE = "长".repeat(350_000);

    /** One malformed call: what is wrong with it, and the request to make. */
    record Case(String what, String path, String contentType, byte[] body) {
    }

    private FuzzCases() {
    }

    static List<Case> of(Operation operation, JsonNode components) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        operation.parameters("path").forEach(p -> ids.put(p.get("name").asString(), valid(p.path("schema"))));
        Map<String, String> query = ApiOperations.requiredQuery(operation);
        String path = ApiOperations.concrete(operation.path(), ids, NO_SUCH_ID);
        String type = operation.bodyType();
        byte[] empty = type == null ? null : type.startsWith("multipart/") ? multipart() : bytes("{}");
        String sentType = type == null ? null : type.startsWith("multipart/") ? "multipart/form-data; boundary=fz"
                : "application/json";
        for (String name : ids.keySet()) {
            for (String bad : BAD_IDS) {
                Map<String, String> badIds = new LinkedHashMap<>(ids);
                badIds.put(name, bad);
                cases.add(new Case("path " + name + "=" + bad, ApiOperations.withQuery(
                        ApiOperations.concrete(operation.path(), badIds, NO_SUCH_ID), query), sentType, empty));
            }
        }
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.get("name").asString();
            for (String bad : badValues(parameter.path("schema"))) {
                Map<String, String> badQuery = new LinkedHashMap<>(query);
                badQuery.put(name, bad);
                cases.add(new Case("query " + name + "=" + shorten(bad), ApiOperations.withQuery(path, badQuery),
                        sentType, empty));
            }
        }
        if (type != null) {
            bodies(operation, components, ApiOperations.withQuery(path, query), type, cases);
        }
        return cases;
    }

    private static void bodies(Operation operation, JsonNode components, String path, String type, List<Case> cases) {
        cases.add(new Case("no body", path, type.startsWith("multipart/") ? "multipart/form-data" : type, null));
        cases.add(new Case("text/plain body", path, "text/plain", bytes("{}")));
        cases.add(new Case("XML body", path, "application/xml", bytes("<a/>")));
        if (type.startsWith("multipart/")) {
            cases.add(new Case("JSON instead of a file", path, "application/json", bytes("{}")));
            cases.add(new Case("multipart without a boundary", path, "multipart/form-data", bytes("--x\r\n")));
            cases.add(new Case("truncated multipart", path, "multipart/form-data; boundary=fz",
                    bytes("--fz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x.csv\"\r\n\r\nabc")));
            return;
        }
        for (String broken : List.of("{\"a\":", "[]", "\"x\"", "null", "{\"a\":1}}", "{" + "[".repeat(5000))) {
            cases.add(new Case("malformed JSON " + shorten(broken), path, type, bytes(broken)));
        }
        cases.add(new Case("missing required fields", path, type, bytes("{}")));
        Map<String, JsonNode> properties = properties(operation, components);
        properties.forEach((name, schema) -> {
            for (Object bad : wrongTyped(schema)) {
                cases.add(new Case("body " + name + "=" + shorten(String.valueOf(bad)), path, type,
                        JSON.writeValueAsBytes(Map.of(name, bad))));
            }
        });
        properties.entrySet().stream().filter(e -> "string".equals(e.getValue().path("type").asString()))
                .findFirst().ifPresent(e -> cases.add(new Case("body " + e.getKey() + " of a megabyte", path, type,
                        JSON.writeValueAsBytes(Map.of(e.getKey(), MEGABYTE)))));
        for (String odd : ODD) {
            Map<String, Object> body = new LinkedHashMap<>();
            properties.forEach((name, schema) -> {
                if (schema.path("type").asString("").equals("string")) {
                    body.put(name, odd);
                } else if (schema.path("type").asString("").matches("integer|number")) {
                    body.put(name, -1);
                }
            });
            cases.add(new Case("odd strings " + shorten(odd), path, type, JSON.writeValueAsBytes(body)));
        }
    }

    /** The body's top-level properties, through a {@code $ref} to the components. */
    static Map<String, JsonNode> properties(Operation operation, JsonNode components) {
        JsonNode schema = resolve(operation.spec().path("requestBody").path("content").values().iterator().next()
                .path("schema"), components);
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode found = schema.path("properties");
        found.propertyNames().forEach(name -> properties.put(name, resolve(found.get(name), components)));
        return properties;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode components) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return components.path("schemas").path(name);
        }
        return schema;
    }

    private static List<Object> wrongTyped(JsonNode schema) {
        return switch (schema.path("type").asString("object")) {
            case "integer" -> List.of("abc", -1, Long.MAX_VALUE, new java.math.BigInteger("9".repeat(40)), 1.5,
                    Map.of("a", 1));
            case "number" -> List.of("NaN", -1, new java.math.BigDecimal("1e400"), List.of(1));
            case "boolean" -> List.of("maybe", 2, List.of(true));
            case "array" -> List.of("x", Map.of("a", 1), List.of(Map.of("a", List.of(1))));
            case "string" -> schema.has("enum") || schema.has("format") ? List.of("BANANA", 1, Map.of("a", 1))
                    : List.of(Map.of("a", 1), List.of("x"));
            default -> List.of("x", 1, List.of(1));
        };
    }

    private static List<String> badValues(JsonNode schema) {
        return switch (schema.path("type").asString("string")) {
            case "integer", "number" -> List.of("-1", "9223372036854775808", "NaN", "１");
            case "boolean" -> List.of("maybe");
            case "array" -> List.of(",,,", "x".repeat(9000));
            default -> schema.has("enum") || schema.has("format") ? List.of("BANANA", "2026-02-30", "99999-01-01")
                    : concat(ODD.subList(0, 4), List.of("长".repeat(3000)));
        };
    }

    private static String valid(JsonNode schema) {
        return "integer".equals(schema.path("type").asString()) ? NO_SUCH_ID
                : schema.has("enum") ? schema.get("enum").get(0).asString() : "x";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static byte[] multipart() {
        return ApiOperations.multipartWithoutTheFile("fz");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String shorten(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "·");
        return visible.length() > 40 ? visible.substring(0, 40) + "…(" + text.length() + ")" : visible;
    }
}
