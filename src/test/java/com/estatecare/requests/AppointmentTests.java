package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/appointments}, what the dispatch board and the engineer's day read: the visits of a range
 * by time and the repairs waiting for one, in the caller's scope only, with the steps allowed now, the phone
 * masked, and a bounded range.
 */
@EstateCareTest
class AppointmentTests {

    /** A day of its own, so that other tests' visits do not mix in: 2027-01-12 in Shanghai. */
    private static final String DAY_FROM = "2027-01-11T16:00:00Z";
    private static final String DAY_TO = "2027-01-12T16:00:00Z";

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void aVisitOfTheDayIsOnTheBoardByTimeWithTheMaskedPhoneAndTheStepsAllowedNow() {
        long unit = given.unit().get("id").asLong();
        long afternoon = planned(unit, "2027-01-12T06:30:00Z");
        long morning = planned(unit, "2027-01-12T01:00:00Z");
        long nextDay = planned(unit, "2027-01-12T16:00:00Z");
        long waiting = given.register(given.repairBody(unit));
        given.walk(waiting, "REPAIR", 2);
        long nobodys = given.register(given.repairBody(unit));
        given.walk(nobodys, "REPAIR", 1);
        long engineer = given.staffId("engineer");

        JsonNode board = api.as("agent").get("/api/v1/appointments", Map.of("from", DAY_FROM, "to", DAY_TO)).json();
        List<JsonNode> visits = board.get("appointments").valueStream().toList();
        assertThat(visits).extracting(v -> v.get("id").asLong()).containsSubsequence(morning, afternoon)
                .doesNotContain(nextDay, waiting);
        JsonNode first = visits.stream().filter(v -> v.get("id").asLong() == morning).findFirst().orElseThrow();
        assertThat(first.get("scheduledAt").asString()).isEqualTo("2027-01-12T01:00:00Z");
        assertThat(first.get("assigneeId").asLong()).isEqualTo(engineer);
        assertThat(first.get("reporterPhone").asString()).isEqualTo("138****8000");
        assertThat(first.get("address").asString()).isEqualTo("浦东新区锦绣路 1888 号");
        assertThat(first.get("unit").asString()).isNotBlank();
        assertThat(strings(first.get("allowedActions"))).contains("complete").doesNotContain("dispatch");
        assertThat(board.get("truncated").asBoolean()).isFalse();
        assertThat(board.toString()).doesNotContain("13800138000");

        JsonNode awaiting = board.get("awaitingAppointment").valueStream()
                .filter(v -> v.get("id").asLong() == waiting).findFirst().orElseThrow();
        assertThat(awaiting.get("scheduledAt").isNull()).isTrue();
        assertThat(strings(awaiting.get("allowedActions"))).contains("respond", "dispatch");
        JsonNode undispatched = board.get("waitingForDispatch").valueStream()
                .filter(v -> v.get("id").asLong() == nobodys).findFirst().orElseThrow();
        assertThat(undispatched.get("status").asString()).isEqualTo("CLASSIFIED");
        assertThat(undispatched.get("assigneeId").isNull()).isTrue();
        assertThat(strings(undispatched.get("allowedActions"))).contains("dispatch");

        JsonNode mine = api.as("engineer").get("/api/v1/appointments",
                Map.of("from", DAY_FROM, "to", DAY_TO, "assigneeId", engineer)).json();
        assertThat(mine.get("appointments").valueStream().map(v -> v.get("id").asLong()))
                .containsSubsequence(morning, afternoon);
        JsonNode engineersView = mine.get("awaitingAppointment").valueStream()
                .filter(v -> v.get("id").asLong() == waiting).findFirst().orElseThrow();
        assertThat(strings(engineersView.get("allowedActions"))).contains("respond").doesNotContain("dispatch");
        assertThat(mine.get("waitingForDispatch")).as("nobody's requests are not one assignee's").isEmpty();
    }

    @Test
    void aDispatchFromTheBoardMovesTheRequestToTheEngineerAndTheTimelineRecordsIt() {
        long unit = given.unit().get("id").asLong();
        long id = given.register(given.repairBody(unit));
        given.walk(id, "REPAIR", 1);
        long engineer = given.staffId("engineer");

        given.act(id, "agent", "dispatch", Map.of("assigneeId", engineer));

        JsonNode board = api.as("manager").get("/api/v1/appointments",
                Map.of("from", DAY_FROM, "to", DAY_TO, "assigneeId", engineer)).json();
        assertThat(board.get("awaitingAppointment").valueStream().map(v -> v.get("id").asLong())).contains(id);
        JsonNode timeline = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json();
        JsonNode dispatch = timeline.valueStream().filter(e -> e.get("action").asString().equals("DISPATCH"))
                .findFirst().orElseThrow();
        assertThat(dispatch.get("actorName").asString()).isEqualTo("客服专员 林芳");
        assertThat(dispatch.toString()).contains("维修工程师 张强");
    }

    @Test
    void theOtherCompanySeesNoneOfItAndAnOwnerIsRefused() {
        long unit = given.unit().get("id").asLong();
        long visit = planned(unit, "2027-01-12T03:00:00Z");
        long nobodys = given.register(given.repairBody(unit));
        given.walk(nobodys, "REPAIR", 1);
        long engineer = given.staffId("engineer");
        Map<String, Object> day = Map.of("from", DAY_FROM, "to", DAY_TO);

        JsonNode hangzhou = api.as("hz-manager").get("/api/v1/appointments", day).json();
        assertThat(hangzhou.get("appointments").valueStream().map(v -> v.get("id").asLong())).doesNotContain(visit);
        assertThat(hangzhou.get("waitingForDispatch").valueStream().map(v -> v.get("id").asLong()))
                .doesNotContain(nobodys);
        assertThat(api.as("agent").get("/api/v1/appointments", day).json().get("waitingForDispatch").valueStream()
                .map(v -> v.get("id").asLong())).contains(nobodys);
        assertThat(hangzhou.toString()).doesNotContain("维修工程师 张强");
        Api.Response theirEngineer = api.as("hz-agent").get("/api/v1/appointments",
                Map.of("from", DAY_FROM, "to", DAY_TO, "assigneeId", engineer));
        assertProblem(theirEngineer, 422, "assigneeId");

        assertThat(api.as("owner").get("/api/v1/appointments", day).status()).isEqualTo(403);
        assertThat(api.as("hz-owner").get("/api/v1/appointments", day).status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/v1/appointments", day).status()).isEqualTo(401);
    }

    @Test
    void hostileRangesAreRefusedWithAProblemNamingTheFieldInTheCallersLanguage() {
        Api.Caller agent = api.as("agent");
        Api.Response tooLong = agent.english().get("/api/v1/appointments",
                Map.of("from", "2027-01-01T00:00:00Z", "to", "2027-02-01T00:00:01Z"));
        assertProblem(tooLong, 400, "to");
        assertThat(tooLong.body()).contains("at most 31 days");
        assertThat(agent.get("/api/v1/appointments", Map.of("from", "2027-01-01T00:00:00Z", "to",
                "2027-12-31T00:00:00Z")).body()).contains("时间范围不能超过 31 天");
        assertProblem(agent.get("/api/v1/appointments", Map.of("from", DAY_TO, "to", DAY_FROM)), 400, "to");
        assertProblem(agent.get("/api/v1/appointments", Map.of("to", DAY_TO)), 400, "from");
        assertProblem(agent.get("/api/v1/appointments"), 400, "from");
        assertProblem(agent.get("/api/v1/appointments", Map.of("from", "yesterday", "to", DAY_TO)), 400, "from");
        assertProblem(agent.get("/api/v1/appointments", Map.of("from", "+999999999-12-31T00:00:00Z",
                "to", "+999999999-12-31T23:00:00Z")), 400, "from");
        assertProblem(agent.get("/api/v1/appointments", Map.of("from", "-999999999-01-01T00:00:00Z",
                "to", "-999999999-01-02T00:00:00Z")), 400, "from");
        assertProblem(agent.get("/api/v1/appointments", Map.of("from", DAY_FROM, "to", DAY_TO, "assigneeId",
                "x")), 400, "assigneeId");
        assertProblem(agent.get("/api/v1/appointments", Map.of("from", DAY_FROM, "to", DAY_TO, "assigneeId",
                "-1")), 422, "assigneeId");
        assertProblem(agent.get("/api/v1/appointments", Map.of("from", DAY_FROM, "to", DAY_TO, "assigneeId",
                "99999999999999999999")), 400, "assigneeId");
    }

    /** A repair dispatched to the engineer, who agreed a visit at {@code at}. */
    private long planned(long unit, String at) {
        long id = given.register(given.repairBody(unit));
        given.walk(id, "REPAIR", 3);
        given.act(id, "engineer", "agree-plan", Map.of("scheduledAt", at, "workers", "张强"));
        return id;
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .as(response.body()).contains(field);
    }
}
