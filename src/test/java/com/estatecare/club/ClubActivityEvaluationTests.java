package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * 活动评估 over HTTP against PostgreSQL: once an activity has been held, its attendees — not those who signed up
 * and stayed away — get one evaluation survey of the surveys module, answer it in the portal like any survey, and
 * the activity shows how it stands; a second survey, an activity not yet held, another company, an owner and
 * malformed input are refused and change nothing.
 */
@EstateCareTest
class ClubActivityEvaluationTests {

    @Autowired
    Api api;
    @Autowired
    MutableClock clock;

    @Test
    void theAttendeesOfAHeldActivityEvaluateItThroughOneSurveyAnsweredInThePortal() {
        long activity = openActivity();
        Owner came = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(came);
        Owner stayedAway = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(stayedAway);
        String code = signUp(came, activity).get("checkInCode").asString();
        signUp(stayedAway, activity);
        assertThat(api.as("agent").post("/api/v1/club/check-ins", Map.of("code", code)).status()).isEqualTo(200);
        long template = template("activity");
        Map<String, Object> body = Map.of("templateId", template, "dueOn", "2026-12-20");

        var early = api.as("agent").post(path(activity), body);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).endsWith("club-activity-not-held");
        assertThat(early.json().get("status").asInt()).as("the problem's own status, not the activity's").isEqualTo(409);
        assertThat(early.json().get("currentStatus").asString()).isEqualTo("OPEN");
        hold(activity);
        assertThat(api.as("agent").get(path(activity)).json().get("campaignId").isNull()).isTrue();

        var sent = api.as("agent").post(path(activity), body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long campaign = sent.json().get("campaignId").asLong();
        assertThat(sent.json().get("standing").get("targets").asLong()).as("the attendee only").isEqualTo(1);
        assertThat(sent.json().get("standing").get("answered").asLong()).isZero();
        var again = api.as("manager").post(path(activity), body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("club-activity-evaluation-sent");
        assertThat(again.json().get("campaignId").asLong()).isEqualTo(campaign);
        assertThat(surveysOf(stayedAway)).doesNotContain(campaign);
        long target = came.caller().get("/api/v1/me/surveys").json().valueStream()
                .filter(t -> t.get("campaignId").asLong() == campaign).findFirst().orElseThrow().get("id").asLong();

        var answered = came.caller().post("/api/v1/me/surveys/" + target + "/answer", Map.of("answers",
                Map.of("satisfaction", 5, "organisation", 4, "again", "yes", "comment", "希望多办亲子活动")));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        JsonNode standing = api.as("agent").get(path(activity)).json().get("standing");
        assertThat(standing.get("answered").asLong()).isEqualTo(1);
        assertThat(standing.get("responseRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(standing.get("satisfactionAverage").decimalValue()).isEqualByComparingTo("5");
        JsonNode listed = api.as("manager").get("/api/v1/survey-campaigns/" + campaign).json();
        assertThat(listed.get("milestone").asString()).isEqualTo("AFTER_ACTIVITY");
        assertThat(listed.get("audience").asString()).isEqualTo("PARTICIPANTS");
    }

    @Test
    void anotherCompanyAnOwnerAndMalformedInputSendNoEvaluationSurvey() {
        long activity = openActivity();
        Owner came = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(came);
        String code = signUp(came, activity).get("checkInCode").asString();
        api.as("agent").post("/api/v1/club/check-ins", Map.of("code", code));
        hold(activity);
        long template = template("activity");

        assertThat(api.as("hz-agent").post(path(activity), Map.of("templateId", template, "dueOn", "2026-12-20"))
                .status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get(path(activity)).status()).isEqualTo(404);
        assertThat(came.caller().post(path(activity), Map.of("templateId", template, "dueOn", "2026-12-20"))
                .status()).isEqualTo(403);
        var missing = api.as("agent").english().post(path(activity), Map.of("dueOn", "2020-01-01"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("dueOn", "templateId");
        var unknown = api.as("agent").post(path(activity), Map.of("templateId", 999_999_999, "dueOn", "2026-12-20"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(api.as("agent").post(path(activity), Map.of("templateId", "x", "dueOn", "2026-12-20")).status())
                .isEqualTo(400);
        assertThat(api.as("agent").post("/api/v1/club/activities/999999999/evaluation-survey",
                Map.of("templateId", template, "dueOn", "2026-12-20")).status()).isEqualTo(404);
        assertThat(api.as("agent").get(path(activity)).json().get("campaignId").isNull())
                .as("nothing was sent").isTrue();
        assertThat(surveysOf(came)).isEmpty();

        long project = api.as("agent").get("/api/v1/club/activities/" + activity).json().get("projectId").asLong();
        var byHand = api.as("manager").english().post("/api/v1/survey-campaigns", Map.of("name", "手工活动调查",
                "templateId", template, "milestone", "AFTER_ACTIVITY", "audience", "PARTICIPANTS", "projectIds",
                List.of(project), "sampling", "ALL", "dueOn", "2026-12-24"));
        assertThat(byHand.status()).as(byHand.body()).isEqualTo(400);
        assertThat(byHand.json().get("errors").get(0).get("field").asString()).isEqualTo("audience");
    }

    private long openActivity() {
        Instant starts = Instant.now(clock).plusSeconds(4 * 3600);
        long project = api.as("agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("projectId")
                .asLong();
        var made = api.as("agent").post("/api/v1/club/activities", Map.of("projectId", project, "theme", "业主读书会",
                "place", "会所一楼", "startsAt", starts.toString(), "endsAt", starts.plusSeconds(7200).toString(),
                "capacity", 10, "budgetPlannedFen", 50_000));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long activity = made.json().get("id").asLong();
        assertThat(api.as("agent").post("/api/v1/club/activities/" + activity + "/budget-request", Map.of()).status())
                .isEqualTo(200);
        assertThat(api.as("manager").post("/api/v1/club/activities/" + activity + "/budget-decision",
                Map.of("approved", true)).status()).isEqualTo(200);
        assertThat(api.as("agent").post("/api/v1/club/activities/" + activity + "/transitions", Map.of("to", "OPEN"))
                .status()).isEqualTo(200);
        return activity;
    }

    private void hold(long activity) {
        clock.set(Instant.parse(api.as("agent").get("/api/v1/club/activities/" + activity).json().get("startsAt")
                .asString()).plusSeconds(60));
        var held = api.as("agent").post("/api/v1/club/activities/" + activity + "/transitions", Map.of("to", "HELD"));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
    }

    private JsonNode signUp(Owner owner, long activity) {
        var answer = owner.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private long template(String code) {
        return api.as("manager").get("/api/v1/survey-templates").json().valueStream()
                .filter(t -> t.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }

    private static List<Long> surveysOf(Owner owner) {
        return owner.caller().get("/api/v1/me/surveys").json().valueStream().map(t -> t.get("campaignId").asLong())
                .toList();
    }

    private static String path(long activity) {
        return "/api/v1/club/activities/" + activity + "/evaluation-survey";
    }
}
