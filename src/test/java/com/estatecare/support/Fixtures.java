package com.estatecare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Test data builders over the HTTP API: requests, and walking them to a state. */
public class Fixtures {

    /** The repair path, each step with the body it needs and who takes it. */
    public static final List<String> REPAIR_PATH = List.of("classify", "dispatch", "respond", "agree-plan", "complete",
            "verify", "revisit", "archive");

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    public long staffId(String username) {
        return api.as(username).get("/api/v1/me").json().get("accountId").asLong();
    }

    /** A unit of project 翠湖苑, where every demo staff member works. */
    public JsonNode unit() {
        return api.as("engineer").get("/api/v1/units?limit=1").json().get("items").get(0);
    }

    public Map<String, Object> repairBody(long unitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "REPAIR");
        body.put("channel", "PHONE");
        body.put("unitId", unitId);
        body.put("reporter", Map.of("name", "王先生", "phone", "13800138000"));
        body.put("category", "HOUSING_QUALITY");
        body.put("description", "卫生间漏水");
        body.put("readBackConfirmed", true);
        return body;
    }

    public Map<String, Object> complaintBody(long unitId) {
        Map<String, Object> body = repairBody(unitId);
        body.put("kind", "COMPLAINT");
        body.put("category", "ENGINEERING_QUALITY");
        body.put("description", "地下车库渗水，多次报修未解决");
        return body;
    }

    public long register(Map<String, Object> body) {
        Api.Response response = api.as("agent").post("/api/v1/requests", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** Takes the first {@code steps} steps of the full path (repairs and complaints). */
    public JsonNode walk(long id, String kind, int steps) {
        JsonNode last = get(id);
        for (int i = 0; i < steps; i++) {
            String action = REPAIR_PATH.get(i);
            last = act(id, who(action, kind), action, body(action, kind));
        }
        return last;
    }

    public JsonNode act(long id, String who, String action, Map<String, ?> body) {
        Api.Response response = api.as(who).post("/api/v1/requests/" + id + "/actions/" + action, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    public JsonNode get(long id) {
        return api.as("agent").get("/api/v1/requests/" + id).json();
    }

    private static String who(String action, String kind) {
        return switch (action) {
            case "respond", "agree-plan", "complete" -> "REPAIR".equals(kind) ? "engineer" : "handler";
            default -> "agent";
        };
    }

    public Map<String, Object> body(String action, String kind) {
        Map<String, Object> body = new HashMap<>();
        switch (action) {
            case "dispatch" -> body.put("assigneeId", staffId("REPAIR".equals(kind) ? "engineer" : "handler"));
            case "agree-plan" -> {
                if ("REPAIR".equals(kind)) {
                    body.put("scheduledAt", "2026-11-26T02:00:00Z");
                    body.put("workers", "张强");
                } else {
                    body.put("measures", "两周内完成整改");
                    body.put("deadline", "2026-12-08T10:00:00Z");
                    body.put("solutionDepartment", "工程部");
                }
            }
            case "complete" -> body.put("warranty", "IN_WARRANTY");
            case "verify" -> {
                body.put("satisfied", true);
                body.put("confirmedVia", "PHONE");
            }
            case "revisit" -> {
                body.put("satisfied", true);
                body.put("satisfaction", 5);
            }
            default -> { }
        }
        return body;
    }
}
