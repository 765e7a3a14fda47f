package com.estatecare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * Staff assessment over HTTP against PostgreSQL: a request counts for the person responsible for it and nobody
 * else; the branch rolls up; scope and period are enforced; training records are kept by managers in scope.
 */
@EstateCareTest
class AssessmentApiTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    Clock clock;

    @Test
    void assessmentCountsOnlyTheirOwnRequests() {
        String period = YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")))).toString();
        long engineer = given.staffId("engineer");
        long agent = given.staffId("agent");
        JsonNode engineerBefore = person("manager", engineer, period);
        JsonNode agentBefore = person("manager", agent, period);

        long request = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(request, "REPAIR", 8); // dispatched to the engineer … revisited satisfied, archived

        JsonNode engineerAfter = person("manager", engineer, period);
        assertThat(count(engineerAfter, "closed")).isEqualTo(count(engineerBefore, "closed") + 1);
        assertThat(count(engineerAfter, "revisits")).isEqualTo(count(engineerBefore, "revisits") + 1);
        assertThat(count(engineerAfter, "revisitsSatisfied")).isEqualTo(count(engineerBefore, "revisitsSatisfied") + 1);
        JsonNode agentAfter = person("manager", agent, period);
        assertThat(agentAfter.get("figures")).as("the agent registered it; it is the engineer's")
                .isEqualTo(agentBefore.get("figures"));

        JsonNode branch = api.as("manager").get("/api/v1/assessment?period=" + period).json();
        JsonNode listed = branch.get("people").valueStream().filter(p -> p.get("accountId").asLong() == engineer)
                .findFirst().orElseThrow();
        assertThat(listed.get("figures")).isEqualTo(engineerAfter.get("figures"));
        long teamClosed = branch.get("teams").valueStream().mapToLong(t -> count(t, "closed")).sum();
        assertThat(count(branch, "total", "closed")).isEqualTo(teamClosed);
        assertThat(api.as("engineer").get("/api/v1/assessment/people/" + engineer + "?period=" + period).status())
                .as("a person sees their own").isEqualTo(200);
    }

    @Test
    void periodAndScopeAreEnforcedAndBadPeriodsNameTheField() {
        Api.Response malformed = api.as("manager").get("/api/v1/assessment?period=2026-13");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
        assertThat(malformed.json().get("errors").get(0).get("reason").asString()).contains("yyyy-MM");
        Api.Response english = api.as("manager").english().get("/api/v1/assessment?period=1970-01/2099-12");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("errors").get(0).get("reason").asString()).startsWith("must be a month");
        assertThat(api.as("manager").get("/api/v1/assessment").json().get("errors").get(0).get("field").asString())
                .isEqualTo("period");
        assertThat(api.as("manager").get("/api/v1/assessment?period=2099-01").status()).isEqualTo(400);

        long managerNode = api.as("manager").get("/api/v1/me").json().get("orgNodeId").asLong();
        assertThat(api.as("hz-manager").get("/api/v1/assessment?period=2026-Q3&orgNodeId=" + managerNode).status())
                .isEqualTo(404);
        assertThat(api.as("agent").get("/api/v1/assessment?period=2026-Q3").status()).isEqualTo(403);
        assertThat(api.as("agent").get("/api/v1/assessment/people/" + given.staffId("engineer") + "?period=2026-Q3")
                .status()).isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/assessment?period=2026-Q3").status()).isEqualTo(403);
    }

    @Test
    void managersKeepTrainingRecordsOfTheirBranchOnly() {
        long engineer = given.staffId("engineer");
        Map<String, Object> body = new HashMap<>(Map.of("accountId", engineer, "takenOn", "2026-11-02",
                "course", "投诉处理技巧", "hours", 3.5, "result", "PASSED"));
        Api.Response hostile = api.as("manager").post("/api/v1/training-records",
                Map.of("accountId", engineer, "takenOn", "2099-01-01", "course", "", "hours", -1, "result", "PASSED"));
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(hostile.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("takenOn", "course", "hours");
        assertThat(api.as("hz-manager").post("/api/v1/training-records", body).status()).isEqualTo(404);
        assertThat(api.as("agent").post("/api/v1/training-records", body).status()).isEqualTo(403);

        Api.Response added = api.as("manager").post("/api/v1/training-records", body);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        List<JsonNode> own = api.as("engineer").get("/api/v1/training-records?accountId=" + engineer).json()
                .valueStream().toList();
        assertThat(own).anyMatch(r -> r.get("id").asLong() == id && r.get("course").asString().equals("投诉处理技巧"));
        assertThat(api.as("hz-manager").get("/api/v1/training-records?accountId=" + engineer).status()).isEqualTo(404);

        body.put("version", 0);
        body.put("result", "FAILED");
        assertThat(api.as("manager").put("/api/v1/training-records/" + id, body).json().get("result").asString())
                .isEqualTo("FAILED");
        assertThat(api.as("manager").put("/api/v1/training-records/" + id, body).status()).as("stale version")
                .isEqualTo(409);
        assertThat(api.as("hz-manager").delete("/api/v1/training-records/" + id).status()).isEqualTo(404);
        assertThat(api.as("manager").delete("/api/v1/training-records/" + id).status()).isEqualTo(204);
    }

    private JsonNode person(String who, long account, String period) {
        Api.Response response = api.as(who).get("/api/v1/assessment/people/" + account + "?period=" + period);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static long count(JsonNode node, String... path) {
        JsonNode at = node;
        for (String p : path) {
            at = at.get(p);
        }
        return path.length == 1 ? node.get("figures").get(path[0]).asLong() : at.asLong();
    }
}
