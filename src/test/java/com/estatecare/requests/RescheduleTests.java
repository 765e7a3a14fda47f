package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@code POST /api/v1/requests/{id}/actions/reschedule} (改约): an agreed visit moved to another time or
 * engineer keeps its plan, the timeline records who moved it from where to where, a clash with the engineer's
 * other visit or a day off is refused with the conflicts until the dispatcher accepts them, and hostile or
 * foreign input changes nothing.
 */
@EstateCareTest
class RescheduleTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void aMovedVisitKeepsItsPlanAndTheTimelineRecordsWhoMovedItFromWhereToWhere() {
        long unit = given.unit().get("id").asLong();
        long id = planned(unit, "2027-03-09T01:00:00Z");
        long handler = given.staffId("handler");

        JsonNode moved = given.act(id, "agent", "reschedule", Map.of("scheduledAt", "2027-03-09T06:30:00Z",
                "assigneeId", handler, "note", "业主改到下午"));

        assertThat(moved.get("status").asString()).isEqualTo("PLAN_AGREED");
        assertThat(moved.get("assignee").get("id").asLong()).isEqualTo(handler);
        assertThat(moved.toString()).contains("2027-03-09T06:30:00Z", "张强").doesNotContain("2027-03-09T01:00:00Z");
        JsonNode step = timelineEntry(id, "RESCHEDULE");
        assertThat(step.get("actorName").asString()).isEqualTo("客服专员 林芳");
        assertThat(step.get("note").asString()).isEqualTo("业主改到下午");
        JsonNode details = step.get("details");
        assertThat(details.get("fromScheduledAt").asString()).isEqualTo("2027-03-09T01:00:00Z");
        assertThat(details.get("scheduledAt").asString()).isEqualTo("2027-03-09T06:30:00Z");
        assertThat(details.get("fromAssignee").asString()).isEqualTo("维修工程师 张强");
        assertThat(details.get("assignee").asString()).isNotBlank().isNotEqualTo("维修工程师 张强");
        assertThat(details.has("conflictsAccepted")).isFalse();
        assertThat(api.as("agent").get("/api/v1/appointments", Map.of("from", "2027-03-08T16:00:00Z", "to",
                "2027-03-09T16:00:00Z", "assigneeId", handler)).json().get("appointments").valueStream()
                .map(v -> v.get("id").asLong())).contains(id);
    }

    @Test
    void aMoveOntoTheEngineersOtherVisitOrADayOffIsRefusedWithTheConflictsUntilAccepted() {
        long unit = given.unit().get("id").asLong();
        long other = planned(unit, "2027-03-10T02:00:00Z");
        long id = planned(unit, "2027-03-10T07:00:00Z");
        String otherNumber = given.get(other).get("number").asString();
        long version = given.get(id).get("version").asLong();

        Api.Response clash = api.as("agent").post(action(id), Map.of("scheduledAt", "2027-03-10T02:30:00Z"));
        assertThat(clash.status()).as(clash.body()).isEqualTo(409);
        assertThat(clash.json().get("type").asString()).isEqualTo("urn:estatecare:problem:schedule-conflict");
        assertThat(clash.json().get("title").asString()).isEqualTo("改约有冲突");
        JsonNode conflict = clash.json().get("conflicts").get(0);
        assertThat(conflict.get("kind").asString()).isEqualTo("VISIT");
        assertThat(conflict.get("number").asString()).isEqualTo(otherNumber);
        assertThat(conflict.get("scheduledAt").asString()).isEqualTo("2027-03-10T02:00:00Z");

        Api.Response sunday = api.as("agent").english().post(action(id), Map.of("scheduledAt", "2027-03-14T02:00:00Z"));
        assertThat(sunday.status()).as(sunday.body()).isEqualTo(409);
        assertThat(sunday.json().get("title").asString()).isEqualTo("The move has conflicts");
        assertThat(sunday.json().get("conflicts").valueStream().map(c -> c.get("kind").asString()))
                .containsExactly("DAY_OFF");
        assertThat(sunday.json().get("conflicts").get(0).get("day").asString()).isEqualTo("2027-03-14");
        assertThat(given.get(id).get("version").asLong()).as("a refused move changes nothing").isEqualTo(version);

        given.act(id, "agent", "reschedule", Map.of("scheduledAt", "2027-03-10T02:30:00Z", "acceptConflicts", true,
                "version", version));
        JsonNode accepted = timelineEntry(id, "RESCHEDULE").get("details").get("conflictsAccepted");
        assertThat(accepted.get(0).get("number").asString()).isEqualTo(otherNumber);
    }

    @Test
    void hostileOrForeignMovesAreRefusedNamingTheFieldAndChangeNothing() {
        long unit = given.unit().get("id").asLong();
        long id = planned(unit, "2027-03-11T01:00:00Z");
        long version = given.get(id).get("version").asLong();
        Api.Caller agent = api.as("agent");

        assertProblem(agent.post(action(id), Map.of()), 400, "scheduledAt");
        assertThat(agent.english().post(action(id), Map.of()).body()).contains("needs a new visit time or a new engineer");
        assertProblem(agent.post(action(id), Map.of("scheduledAt", "tomorrow")), 400, "scheduledAt");
        assertProblem(agent.post(action(id), Map.of("scheduledAt", "2020-01-01T00:00:00Z")), 400, "scheduledAt");
        assertProblem(agent.post(action(id), Map.of("scheduledAt", "+999999999-12-31T00:00:00Z")), 400, "scheduledAt");
        assertProblem(agent.post(action(id), Map.of("scheduledAt", "2027-03-11T01:00:00Z")), 400, "scheduledAt");
        assertProblem(agent.post(action(id), Map.of("assigneeId", given.staffId("hz-engineer"))), 422, "assigneeId");
        assertProblem(agent.post(action(id), Map.of("assigneeId", -1)), 422, "assigneeId");
        assertProblem(agent.post(action(id), Map.of("assigneeId", "99999999999999999999")), 400, "assigneeId");
        assertProblem(agent.post(action(id), Map.of("scheduledAt", "2027-03-11T03:00:00Z", "materials", "x")), 400,
                "materials");
        assertProblem(agent.post(action(id), Map.of("scheduledAt", "2027-03-11T03:00:00Z", "note", "长".repeat(4001))),
                400, "note");
        Map<String, Object> stale = new HashMap<>(Map.of("scheduledAt", "2027-03-11T03:00:00Z", "version", version - 1));
        assertThat(agent.post(action(id), stale).status()).isEqualTo(409);

        Map<String, Object> move = Map.of("scheduledAt", "2027-03-11T03:00:00Z");
        assertThat(api.as("engineer").post(action(id), move).status()).as("an engineer does not move visits")
                .isEqualTo(403);
        assertThat(api.as("owner").post(action(id), move).status()).isIn(403, 404);
        assertThat(api.as("hz-manager").post(action(id), move).status()).isEqualTo(404);
        assertThat(api.as("hz-owner").post(action(id), move).status()).isIn(403, 404);
        long unplanned = given.register(given.repairBody(unit));
        given.walk(unplanned, "REPAIR", 2);
        Api.Response early = agent.post(action(unplanned), move);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).isEqualTo("urn:estatecare:problem:transition-not-allowed");

        JsonNode after = given.get(id);
        assertThat(after.get("version").asLong()).isEqualTo(version);
        assertThat(after.toString()).contains("2027-03-11T01:00:00Z");
        assertThat(timeline(id).stream().map(e -> e.get("action").asString())).doesNotContain("RESCHEDULE");
    }

    private long planned(long unit, String at) {
        long id = given.register(given.repairBody(unit));
        given.walk(id, "REPAIR", 3);
        given.act(id, "engineer", "agree-plan", Map.of("scheduledAt", at, "workers", "张强", "quotedFen", 12000));
        return id;
    }

    private static String action(long id) {
        return "/api/v1/requests/" + id + "/actions/reschedule";
    }

    private List<JsonNode> timeline(long id) {
        return api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream().toList();
    }

    private JsonNode timelineEntry(long id, String action) {
        return timeline(id).stream().filter(e -> e.get("action").asString().equals(action)).reduce((a, b) -> b)
                .orElseThrow();
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .as(response.body()).contains(field);
    }
}
