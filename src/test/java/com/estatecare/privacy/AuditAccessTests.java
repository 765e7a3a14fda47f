package com.estatecare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.platform.ReportPeriod;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * Who reads the audit log, and how: an auditor (审计员) reads it and nothing else, on every endpoint the
 * application describes; other staff and owners may not read it; a search is bounded and its bad input a problem
 * naming the field; the CSV export is itself audited.
 */
@EstateCareTest
class AuditAccessTests {

    /** What an auditor may call besides the audit log: their own account, tokens, sessions and second factor. */
    private static final Set<String> AUDITOR_MAY = Set.of("GET /api/v1/me", "GET /api/v1/me/tokens",
            "POST /api/v1/me/tokens", "DELETE /api/v1/me/tokens/{id}", "GET /api/v1/me/sessions",
            "DELETE /api/v1/me/sessions/{id}", "GET /api/v1/me/second-factor", "POST /api/v1/me/second-factor/enrolment",
            "POST /api/v1/me/second-factor/confirmation", "POST /api/v1/me/second-factor/removal");
    /** Sign-in and sign-out, with its second step: handled before any role is known. */
    private static final Set<String> SIGN_IN = Set.of("/api/v1/session", "/api/v1/session/logout",
            "/api/v1/session/second-factor", "/api/v1/session/second-factor/enrolment",
            "/api/v1/session/second-factor/confirmation", "/api/v1/portal/codes", "/api/v1/portal/session");

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void anAuditorIsRefusedEveryEndpointButTheAuditLogAndTheirOwnAccount() {
        JsonNode paths = api.anonymous().get("/v3/api-docs").json().get("paths");
        List<String> allowed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        paths.propertyNames().forEach(path -> paths.get(path).propertyNames().forEach(method -> {
            String operation = method.toUpperCase() + " " + path;
            if (!path.startsWith("/api/") || SIGN_IN.contains(path) || AUDITOR_MAY.contains(operation)) {
                return;
            }
            String concrete = path.replaceAll("\\{[^}]+}", "1");
            HttpRequest.Builder request = api.as("auditor").builder(concrete).header("Content-Type", "application/json")
                    .method(method.toUpperCase(), method.equals("get") || method.equals("delete")
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
            int status = api.as("auditor").send(request).status();
            if (path.startsWith("/api/v1/audit-log")) {
                allowed.add(operation);
                if (status == 403) {
                    wrong.add(operation + " -> 403");
                }
            } else if (status == 403) {
                refused.add(operation);
            } else {
                wrong.add(operation + " -> " + status);
            }
        }));

        assertThat(wrong).as("an auditor reads the audit log and nothing else").isEmpty();
        assertThat(allowed).containsExactlyInAnyOrder("GET /api/v1/audit-log", "GET /api/v1/audit-log/export");
        assertThat(refused).hasSizeGreaterThan(50).contains("POST /api/v1/customers/{id}/reveal",
                "GET /api/v1/customers", "GET /api/v1/requests/{id}", "PUT /api/v1/policies/{kind}");
        assertThat(api.as("auditor").get("/api/v1/me").json().get("roles").toString()).contains("AUDITOR");
    }

    @Test
    void staffOfOtherRolesAndOwnersMayNotReadTheAuditLog() {
        for (String who : List.of("agent", "manager", "hq", "handler", "engineer", "owner", "hz-owner")) {
            assertThat(api.as(who).get("/api/v1/audit-log", period()).status()).as(who).isEqualTo(403);
            assertThat(api.as(who).get("/api/v1/audit-log/export", period()).status()).as(who).isEqualTo(403);
        }
        assertThat(api.anonymous().get("/api/v1/audit-log", period()).status()).isEqualTo(401);

        long group = api.as("admin").get("/api/v1/me").json().get("orgNodeId").asLong();
        var both = api.as("admin").post("/api/v1/accounts", Map.of("username", "auditing-admin",
                "password", "Quiet-lantern-31", "displayName", "审计兼管理", "orgNodeId", group,
                "roles", List.of("AUDITOR", "ADMIN")));
        assertThat(both.status()).as(both.body()).isEqualTo(400);
        assertThat(fields(both.json())).containsExactly("roles");
        long auditor = api.as("auditor").get("/api/v1/me").json().get("accountId").asLong();
        var assigned = api.as("agent").post("/api/v1/customers", Map.of("name", "顾问测试", "kind", "NEW_OWNER",
                "advisorId", auditor));
        assertThat(assigned.status()).as("an auditor is nobody's advisor: " + assigned.body()).isEqualTo(422);
    }

    @Test
    void hostileSearchesAreRefusedNamingTheFieldInTheCallersLanguageAndWriteNothing() {
        String today = today();
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("from", Map.of("to", today));
        cases.put("to", Map.of("from", today, "to", LocalDate.parse(today).minusDays(1).toString()));
        cases.put("to ", Map.of("from", LocalDate.parse(today).minusDays(400).toString(), "to", today));
        cases.put(" from", Map.of("from", "2026-13-45", "to", today));
        cases.put("to  ", Map.of("from", today, "to", "yesterday"));
        cases.put("person", Map.of("from", today, "to", today, "person", "人".repeat(81)));
        cases.put("recordType", Map.of("from", today, "to", today, "recordType", "BANANA"));
        cases.put("recordType ", Map.of("from", today, "to", today, "recordId", 5));
        cases.put("action", Map.of("from", today, "to", today, "action", "DANCE"));
        cases.put("limit", Map.of("from", today, "to", today, "limit", 100_000));
        cases.put("cursor", Map.of("from", today, "to", today, "cursor", "not-a-cursor"));
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();

        cases.forEach((field, query) -> {
            for (String path : List.of("/api/v1/audit-log", "/api/v1/audit-log/export")) {
                if (path.endsWith("export") && field.strip().matches("limit|cursor")) {
                    continue;
                }
                var zh = api.as("auditor").get(path, query);
                assertThat(zh.status()).as(field + path + ": " + zh.body()).isEqualTo(400);
                assertThat(fields(zh.json())).as(field + path).contains(field.strip());
                assertThat(zh.json().get("errors").toString()).as(field).containsPattern("[\\u4e00-\\u9fff]");
                var en = api.as("auditor").english().get(path, query);
                assertThat(fields(en.json())).as(field + path).contains(field.strip());
                assertThat(en.json().get("errors").toString()).as(field).doesNotContainPattern("[\\u4e00-\\u9fff]");
            }
        });
        assertThat(jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single())
                .as("a refused search writes nothing").isEqualTo(before);
    }

    @Test
    void theCsvExportHoldsTheSearchAndIsItselfAudited() {
        api.as("agent").post("/api/v1/customers", Map.of("name", "导出先生", "kind", "NEW_OWNER",
                "phone", "13900009101"));
        Map<String, Object> query = new HashMap<>(period());
        query.put("action", "CUSTOMER_CHANGED");

        var export = api.as("auditor").get("/api/v1/audit-log/export", query);

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(export.header("Cache-Control")).contains("no-store");
        String csv = export.body();
        assertThat(csv).startsWith("\uFEFFid,time,username,name,address,action,outcome,recordType,recordId,reason,detail");
        assertThat(csv).contains("CUSTOMER_CHANGED").contains("139****9101").doesNotContain("13900009101");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).contains("CUSTOMER_CHANGED"));

        Map<String, Object> exports = new HashMap<>(period());
        exports.put("action", "EXPORT");
        JsonNode entry = api.as("admin").get("/api/v1/audit-log", exports).json().get("items").get(0);
        assertThat(entry.get("actorUsername").asString()).isEqualTo("auditor");
        assertThat(entry.at("/detail/action").asString()).isEqualTo("CUSTOMER_CHANGED");
        assertThat(entry.at("/detail/rows").asInt()).isEqualTo((int) csv.lines().count() - 1);
    }

    private Map<String, Object> period() {
        return Map.of("from", today(), "to", today());
    }

    private String today() {
        return LocalDate.ofInstant(clock.instant(), ReportPeriod.ZONE).toString();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
