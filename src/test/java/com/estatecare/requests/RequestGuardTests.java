package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/** What a request refuses: steps out of order, bad input, stale versions, and retries that would duplicate. */
@EstateCareTest
class RequestGuardTests {

    private static final List<String> ALL_ACTIONS = List.of("classify", "dispatch", "respond", "investigate",
            "agree-plan", "complete", "reschedule", "answer", "verify", "revisit", "archive", "reopen", "cancel");

    /** SPEC §4: what an agent may do to a repair in each state (plus note, link, notify-progress while open). */
    private static final List<Set<String>> REPAIR_STEPS_FOR_AGENT = List.of(
            Set.of("classify", "cancel"),
            Set.of("classify", "dispatch", "cancel"),
            Set.of("respond", "dispatch", "cancel"),
            Set.of("agree-plan", "dispatch"),
            Set.of("agree-plan", "complete", "reschedule"),
            Set.of("verify"),
            Set.of("revisit"),
            Set.of("archive", "reopen"),
            Set.of("reopen"));

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void everyStepOutOfOrderIsRefusedWith409NamingTheAllowedStepsAndChangesNothing() {
        long unit = given.unit().get("id").asLong();
        for (int state = 0; state < REPAIR_STEPS_FOR_AGENT.size(); state++) {
            long id = given.register(given.repairBody(unit));
            given.walk(id, "REPAIR", state);
            JsonNode before = given.get(id);
            Set<String> allowed = REPAIR_STEPS_FOR_AGENT.get(state);
            List<String> expectedAllowed = new ArrayList<>(allowed);
            if (state < 8) {
                expectedAllowed.addAll(List.of("link", "note", "notify-progress"));
            }
            assertThat(before.get("allowedActions").valueStream().map(JsonNode::asString).toList())
                    .containsExactlyInAnyOrderElementsOf(expectedAllowed);
            for (String action : ALL_ACTIONS) {
                if (allowed.contains(action)) {
                    continue;
                }
                var refused = api.as("agent").post("/api/v1/requests/" + id + "/actions/" + action, Map.of("note", "x"));
                assertThat(refused.status()).as(action + " in " + before.get("status")).isEqualTo(409);
                assertThat(refused.json().get("type").asString()).isEqualTo("urn:estatecare:problem:transition-not-allowed");
                assertThat(refused.json().get("allowedActions").valueStream().map(JsonNode::asString).toList())
                        .containsExactlyInAnyOrderElementsOf(expectedAllowed);
            }
            JsonNode after = given.get(id);
            assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
            assertThat(after.get("status").asString()).isEqualTo(before.get("status").asString());
        }
    }

    @Test
    void stepThatIsPossibleNowButNotForThisRoleIsForbidden() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        var byConsultant = api.as("consultant").post("/api/v1/requests/" + id + "/actions/classify", Map.of());
        assertThat(byConsultant.status()).isEqualTo(403);
        assertThat(given.get(id).get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void unknownActionIsNotFound() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        assertThat(api.as("agent").post("/api/v1/requests/" + id + "/actions/teleport", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void missingAndMalformedFieldsAreListedEachWithItsReason() {
        var response = api.as("agent").post("/api/v1/requests", Map.of("channel", "PHONE", "reporter",
                Map.of("name", "", "phone", "12")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("kind", "description", "reporter.name");
        assertThat(response.json().get("title").asString()).isEqualTo("输入有误");

        var malformed = api.as("agent").english().post("/api/v1/requests", "{\"kind\":\"FIX\",\"channel\":\"PHONE\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("title").asString()).isEqualTo("Invalid input");
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(malformed.json().get("errors").get(0).get("reason").asString()).isEqualTo("is malformed");
    }

    @Test
    void domainRulesOnIntakeAreCheckedTogether() {
        long unit = given.unit().get("id").asLong();
        Map<String, Object> body = given.repairBody(unit);
        body.put("category", "SALES_MANAGEMENT");
        body.put("readBackConfirmed", false);
        body.put("reporter", Map.of("name", "王先生", "phone", "12345"));
        var response = api.as("agent").post("/api/v1/requests", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("category", "readBackConfirmed", "reporter.phone");
        assertThat(countRequests()).isEqualTo(countRequestsAfter(() -> api.as("agent").post("/api/v1/requests", body)));
    }

    @Test
    void unknownUnitOrCustomerIs422AndWritesNothing() {
        long before = countRequests();
        Map<String, Object> body = given.repairBody(999_999);
        var unknownUnit = api.as("agent").post("/api/v1/requests", body);
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.json().get("errors").get(0).get("field").asString()).isEqualTo("unitId");
        Map<String, Object> withCustomer = given.repairBody(given.unit().get("id").asLong());
        withCustomer.put("customerId", 999_999);
        assertThat(api.as("agent").post("/api/v1/requests", withCustomer).status()).isEqualTo(422);
        assertThat(countRequests()).isEqualTo(before);
    }

    @Test
    void retriedCreateWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        Map<String, Object> body = given.repairBody(given.unit().get("id").asLong());
        long before = countRequests();
        var first = api.as("agent").header("Idempotency-Key", "call-4711").post("/api/v1/requests", body);
        var retry = api.as("agent").header("Idempotency-Key", "call-4711").post("/api/v1/requests", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("number").asString()).isEqualTo(first.json().get("number").asString());
        assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(countRequests()).isEqualTo(before + 1);

        body.put("description", "另一件事");
        var reused = api.as("agent").header("Idempotency-Key", "call-4711").post("/api/v1/requests", body);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(countRequests()).isEqualTo(before + 1);
    }

    @Test
    void concurrentRetriesWithTheSameIdempotencyKeyCreateOneRequest() throws Exception {
        Map<String, Object> body = given.repairBody(given.unit().get("id").asLong());
        long before = countRequests();
        api.as("agent");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> api.as("agent").header("Idempotency-Key", "burst-1").post("/api/v1/requests", body)
                        .json().get("number").asString());
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                numbers.add(f.get());
            }
            assertThat(Set.copyOf(numbers)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countRequests()).isEqualTo(before + 1);
    }

    @Test
    void concurrentIntakesGetDistinctGaplessNumbers() throws Exception {
        long unit = given.unit().get("id").asLong();
        api.as("agent");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(() -> api.as("agent").post("/api/v1/requests", given.repairBody(unit)).json().get("number").asString());
            }
            List<Integer> sequence = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                sequence.add(Integer.parseInt(f.get().substring(f.get().lastIndexOf('-') + 1)));
            }
            sequence.sort(null);
            assertThat(Set.copyOf(sequence)).hasSize(40);
            assertThat(sequence.get(39) - sequence.get(0)).isEqualTo(39);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void staleVersionIsRefusedWith409AndChangesNothing() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        long version = given.get(id).get("version").asLong();
        given.act(id, "agent", "note", Map.of("note", "业主来电催办", "version", version));
        var stale = api.as("agent").post("/api/v1/requests/" + id + "/actions/classify",
                Map.of("version", version, "category", "FACILITY_FAILURE"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:estatecare:problem:stale-version");
        assertThat(given.get(id).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(given.get(id).get("category").asString()).isEqualTo("HOUSING_QUALITY");
    }

    @Test
    void actionsNeedTheirFields() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(id, "REPAIR", 1);
        var dispatch = api.as("agent").post("/api/v1/requests/" + id + "/actions/dispatch", Map.of());
        assertThat(dispatch.status()).isEqualTo(400);
        assertThat(dispatch.json().get("errors").get(0).get("field").asString()).isEqualTo("assigneeId");
        var unknownAssignee = api.as("agent").post("/api/v1/requests/" + id + "/actions/dispatch",
                Map.of("assigneeId", 999_999));
        assertThat(unknownAssignee.status()).isEqualTo(422);
        assertThat(given.get(id).get("status").asString()).isEqualTo("CLASSIFIED");
    }

    private long countRequests() {
        long count = 0;
        String cursor = null;
        do {
            JsonNode page = api.as("admin").get("/api/v1/requests?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            count += page.get("items").size();
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return count;
    }

    private long countRequestsAfter(Runnable action) {
        action.run();
        return countRequests();
    }
}
