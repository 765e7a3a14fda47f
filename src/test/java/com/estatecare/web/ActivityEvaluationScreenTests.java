package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;
import com.estatecare.support.ScreenTest;

/**
 * 活动评估 in the workbench: in a held activity's detail the organiser sends the evaluation survey (the group's
 * activity template chosen for them) to the one member who checked in, and once that member has answered in the
 * portal the detail shows one answer of one and the average satisfaction; in Chinese and English, axe-core on each.
 */
@EstateCareTest
class ActivityEvaluationScreenTests extends ScreenTest {

    @Autowired
    MutableClock clock;

    @Test
    void theOrganiserSendsTheAttendeesTheEvaluationSurveyAndReadsTheirAnswers() throws IOException {
        String theme = "业主读书会" + UUID.randomUUID().toString().substring(0, 4);
        long activity = heldActivityWithOneAttendee(theme);

        signIn(browser, "agent", "/club/activities");
        browser.await("[data-test=activity-open-" + activity + "]").click();
        browser.awaitText("[data-test=activity-detail]", theme);
        browser.await("[data-test=activity-evaluation-form]");
        browser.awaitText("[data-test=activity-evaluation-template]", "活动评估问卷");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the evaluation form").isEmpty();
        browser.await("[data-test=activity-evaluation-send]").click();
        browser.awaitText("[data-test=activity-evaluation-answered]", "0 / 1 人");
        long campaign = jdbc.sql("select evaluation_campaign_id from club_activity where id = :id")
                .param("id", activity).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from survey_target where campaign_id = :c").param("c", campaign)
                .query(Long.class).single()).isEqualTo(1);

        long target = attendee.caller().get("/api/v1/me/surveys").json().valueStream()
                .filter(t -> t.get("campaignId").asLong() == campaign).findFirst().orElseThrow().get("id").asLong();
        assertThat(attendee.caller().post("/api/v1/me/surveys/" + target + "/answer", Map.of("answers",
                Map.of("satisfaction", 4, "organisation", 5, "again", "yes"))).status()).isEqualTo(200);
        browser.open("/club/activities");
        browser.await("[data-test=activity-open-" + activity + "]").click();
        browser.awaitText("[data-test=activity-evaluation-answered]", "1 / 1 人 · 100.0%");
        browser.awaitText("[data-test=activity-evaluation-satisfaction]", "平均 4.00 分（1 人评分）");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the evaluation's figures").isEmpty();
        browser.screenshot("club-activity-evaluation-zh");

        browser.awaitScript("return document.querySelector('.el-message') === null");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=activity-open-" + activity + "]").click();
        browser.awaitText("[data-test=activity-evaluation-answered]", "1 of 1");
        browser.awaitText("[data-test=activity-evaluation-satisfaction]", "average 4.00 (1 ratings)");
        assertNoChinese("the English activity evaluation");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English evaluation").isEmpty();
    }

    private Owner attendee;

    /** An activity of the agent's first project, opened, one member checked in, the other not; then held. */
    private long heldActivityWithOneAttendee(String theme) {
        Instant starts = Instant.now(clock).plusSeconds(4 * 3600);
        long project = api.as("agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("projectId")
                .asLong();
        var made = api.as("agent").post("/api/v1/club/activities", Map.of("projectId", project, "theme", theme,
                "place", "会所一楼", "startsAt", starts.toString(), "endsAt", starts.plusSeconds(7200).toString(),
                "capacity", 10, "budgetPlannedFen", 50_000));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long activity = made.json().get("id").asLong();
        String path = "/api/v1/club/activities/" + activity;
        assertThat(api.as("agent").post(path + "/budget-request", Map.of()).status()).isEqualTo(200);
        assertThat(api.as("manager").post(path + "/budget-decision", Map.of("approved", true)).status())
                .isEqualTo(200);
        assertThat(api.as("agent").post(path + "/transitions", Map.of("to", "OPEN")).status()).isEqualTo(200);
        attendee = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(attendee);
        Owner absent = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(absent);
        String code = attendee.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of()).json()
                .get("checkInCode").asString();
        assertThat(absent.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of()).status())
                .isEqualTo(200);
        assertThat(api.as("agent").post("/api/v1/club/check-ins", Map.of("code", code)).status()).isEqualTo(200);
        clock.set(starts.plusSeconds(60));
        assertThat(api.as("agent").post(path + "/transitions", Map.of("to", "HELD")).status()).isEqualTo(200);
        return activity;
    }
}
