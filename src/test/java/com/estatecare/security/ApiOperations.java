package com.estatecare.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.estatecare.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * The operations of the application's own {@code /v3/api-docs}, and a way to call one as a given caller that also
 * copes with the live stream (whose answer never ends: its status and headers are read, the stream closed).
 */
final class ApiOperations {

    /** Signing in and asking for a sign-in code: answered before anyone is signed in. */
    static final List<String> OPEN = List.of("POST /api/v1/portal/codes", "POST /api/v1/portal/session");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiOperations() {
    }

    /** One operation: {@code GET /api/v1/requests/{id}}, with what its description says about it. */
    record Operation(String method, String path, JsonNode spec) {

        String key() {
            return method + " " + path;
        }

        String tag() {
            JsonNode tags = spec.get("tags");
            return tags == null || tags.isEmpty() ? "-" : tags.get(0).asString();
        }

        /** What kind of call it is: reading one record, listing, or acting (any change). */
        String action() {
            if (!method.equals("GET")) {
                return "act";
            }
            return path.contains("{") ? "read" : "list";
        }

        /** The media type of the body it takes, or null. */
        String bodyType() {
            JsonNode content = spec.path("requestBody").path("content");
            return content.isObject() && !content.isEmpty() ? content.propertyNames().iterator().next() : null;
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").valueStream().filter(p -> in.equals(p.path("in").asString())).forEach(found::add);
            return found;
        }
    }

    static List<Operation> of(JsonNode description) {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = description.get("paths");
        paths.propertyNames().forEach(path -> paths.get(path).propertyNames().forEach(method -> operations.add(
                new Operation(method.toUpperCase(), path, paths.get(path).get(method)))));
        return operations;
    }

    /** The path with each parameter replaced: by the value given for it, else by {@code other}. */
    static String concrete(String path, Map<String, String> values, String other) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(values.getOrDefault(m.group(1), other)));
        }
        return m.appendTail(out).toString();
    }

    /**
     * A plausible value for each required query parameter, and for the period, the words and the month that the
     * lists and reports need although the description cannot say so (one of two is required, say), so that a call
     * reaches what it is meant to test.
     */
    static Map<String, String> requiredQuery(Operation operation) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.get("name").asString();
            JsonNode schema = parameter.path("schema");
            boolean dateTime = "date-time".equals(schema.path("format").asString(""));
            String known = switch (name) {
                case "from" -> dateTime ? "2026-11-20T00:00:00Z" : "2026-11-01";
                case "to" -> dateTime ? "2026-11-26T00:00:00Z" : "2026-11-26";
                case "year" -> "2026";
                case "month" -> "2026-10";
                case "q" -> "漏水";
                case "workingHours" -> "2";
                default -> null;
            };
            if (known != null) {
                query.put(name, known);
            } else if (parameter.path("required").asBoolean(false)) {
                query.put(name, plausible(schema));
            }
        }
        return query;
    }

    static String plausible(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String format = schema.path("format").asString("");
        return switch (schema.path("type").asString("string")) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            default -> switch (format) {
                case "date" -> "2026-11-26";
                case "date-time" -> "2026-11-26T02:00:00Z";
                default -> "1";
            };
        };
    }

    static String withQuery(String path, Map<String, String> query) {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder url = new StringBuilder(path).append('?');
        query.forEach((k, v) -> url.append(k).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return url.substring(0, url.length() - 1);
    }

    /** What came back: the status, the content type and (unless it was a stream) the body. */
    record Answer(int status, String contentType, String body) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    static Answer send(Api.Caller caller, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = caller.builder(path).timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<InputStream> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            try (InputStream in = response.body()) {
                if (type != null && type.startsWith("text/event-stream")) {
                    return new Answer(response.statusCode(), type, "(stream)");
                }
                return new Answer(response.statusCode(), type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart body with one part that is not the one any operation reads. */
    static byte[] multipartWithoutTheFile(String boundary) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
