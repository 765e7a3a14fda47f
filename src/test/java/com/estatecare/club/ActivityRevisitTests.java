package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.TestClockConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Revisits made during a club activity (客户活动期间回访, decision 051) over HTTP against PostgreSQL: the specialist
 * picks an activity of the task's company being held around now, the answer records it, it counts in the coverage
 * as any revisit and apart as made during an activity, and the activity's detail lists it; another company's
 * activity, a cancelled one, one still to come, an activity with another method, none with ACTIVITY: refused, and
 * nothing changes.
 */
@EstateCareTest
class ActivityRevisitTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aRevisitDuringAnActivityNamesItCountsAsARevisitAndIsShownOnTheActivity() {
        long request = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(request, "REPAIR", 6); // … complete, verify
        long task = taskOf(request);
        long held = activity("agent", 1);
        long later = activity("agent", 30);
        long cancelled = activity("agent", 1);
        assertThat(api.as("agent").post("/api/v1/club/activities/" + cancelled + "/transitions",
                Map.of("to", "CANCELLED")).status()).isEqualTo(200);
        long otherCompany = activity("hz-agent", 1);
        clock.set(TestClockConfiguration.START.plus(Duration.ofMinutes(150))); // during the first activity
        JsonNode before = coverage();

        JsonNode choices = api.as("agent").get("/api/v1/revisits/" + task + "/activities").json();
        assertThat(choices.valueStream().map(a -> a.get("id").asLong())).contains(held)
                .doesNotContain(later, cancelled, otherCompany);
        assertThat(api.as("hz-agent").get("/api/v1/revisits/" + task + "/activities").status()).isEqualTo(404);

        for (long refused : new long[] { otherCompany, cancelled, 999_999_999L }) {
            Api.Response answer = api.as("agent").post(path(task), answer("ACTIVITY", refused));
            assertThat(answer.status()).as(answer.body()).isEqualTo(422);
            assertThat(answer.json().get("type").asString()).endsWith("unknown-reference");
            assertThat(answer.body()).contains("activityId");
        }
        Api.Response notYet = api.as("agent").english().post(path(task), answer("ACTIVITY", later));
        assertThat(notYet.status()).as(notYet.body()).isEqualTo(422);
        assertThat(notYet.json().get("type").asString()).endsWith("revisit-activity-not-around");
        assertThat(notYet.json().get("errors").get(0).get("field").asString()).isEqualTo("activityId");
        assertThat(notYet.body()).doesNotContainPattern("\\p{IsHan}");
        Api.Response otherMethod = api.as("agent").post(path(task), answer("PHONE", held));
        assertThat(otherMethod.status()).as(otherMethod.body()).isEqualTo(400);
        assertThat(otherMethod.json().get("errors").get(0).get("field").asString()).isEqualTo("activityId");
        assertThat(otherMethod.body()).contains("客户活动期间回访");
        Api.Response none = api.as("agent").post(path(task), answer("ACTIVITY", null));
        assertThat(none.status()).as(none.body()).isEqualTo(400);
        assertThat(none.json().get("errors").get(0).get("field").asString()).isEqualTo("activityId");
        Api.Response negative = api.as("agent").post(path(task), answer("ACTIVITY", -5L));
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/revisits/" + task).json().get("status").asString())
                .as("nothing changed").isEqualTo("OPEN");
        assertThat(api.as("owner").post(path(task), answer("ACTIVITY", held)).status()).isEqualTo(403);

        Api.Response answered = api.as("agent").post(path(task), answer("ACTIVITY", held));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("method").asString()).isEqualTo("ACTIVITY");
        assertThat(answered.json().get("activityId").asLong()).isEqualTo(held);
        assertThat(answered.json().get("activityTheme").asString()).isEqualTo("业主答谢会");

        JsonNode after = coverage();
        assertThat(after.get("revisited").asLong()).isEqualTo(before.get("revisited").asLong() + 1);
        assertThat(after.get("duringActivities").asLong()).isEqualTo(before.get("duringActivities").asLong() + 1);
        JsonNode during = api.as("agent").get("/api/v1/club/activities/" + held + "/revisits").json();
        assertThat(during.valueStream().map(r -> r.get("requestId").asLong())).containsExactly(request);
        assertThat(during.get(0).get("revisitId").asLong()).isEqualTo(task);
        assertThat(api.as("agent").get("/api/v1/club/activities/" + later + "/revisits").json()).isEmpty();
        assertThat(api.as("hz-agent").get("/api/v1/club/activities/" + held + "/revisits").status()).isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/club/activities/" + held + "/revisits").status()).isEqualTo(403);
        JsonNode step = api.as("agent").get("/api/v1/requests/" + request + "/timeline").json().valueStream()
                .filter(e -> e.get("action").asString().equals("REVISIT")).findFirst().orElseThrow();
        assertThat(step.get("details").get("activityId").asLong()).isEqualTo(held);
    }

    /** An open activity of the caller's first project, starting in {@code hours} hours for two hours. */
    private long activity(String by, int hours) {
        Instant starts = Instant.now(clock).plus(Duration.ofHours(hours));
        long project = api.as(by).get("/api/v1/units?limit=1").json().get("items").get(0).get("projectId").asLong();
        var made = api.as(by).post("/api/v1/club/activities", Map.of("projectId", project, "theme", "业主答谢会",
                "place", "会所", "startsAt", starts.toString(), "endsAt", starts.plus(Duration.ofHours(2)).toString(),
                "capacity", 50, "budgetPlannedFen", 0));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    private long taskOf(long request) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from revisit_task where request_id = :id").param("id", request)
                .query(Long.class).single() == 1);
        return jdbc.sql("select id from revisit_task where request_id = :id").param("id", request)
                .query(Long.class).single();
    }

    private JsonNode coverage() {
        Api.Response response = api.as("agent").get("/api/v1/revisits/coverage",
                Map.of("from", "2026-11-01", "to", "2026-12-31"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("total");
    }

    private static String path(long task) {
        return "/api/v1/revisits/" + task + "/answer";
    }

    private Map<String, Object> answer(String method, Long activityId) {
        long template = api.as("agent").get("/api/v1/revisit-templates").json().valueStream()
                .filter(t -> t.get("code").asString().equals("repair")).findFirst().orElseThrow().get("id").asLong();
        Map<String, Object> body = new HashMap<>();
        body.put("templateId", template);
        body.put("method", method);
        body.put("answers", Map.of("satisfaction", 5, "followedUp", true));
        if (activityId != null) {
            body.put("activityId", activityId);
        }
        return body;
    }
}
