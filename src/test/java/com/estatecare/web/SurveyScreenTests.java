package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The satisfaction surveys screen (满意度调查) in Chromium: a manager reads a campaign with its sample, seed and
 * response rate, its results with the chart and the per-question counts, and the templates; axe-core; the same in
 * English without Chinese.
 */
@EstateCareTest
class SurveyScreenTests extends ScreenTest {

    @Autowired
    Clock clock;

    @Test
    void managerReadsACampaignsSampleAndResultsInBothLanguages() throws IOException {
        JsonNode campaign = aCampaignWithOneAnswer(api, clock);
        signIn(browser, "manager", "/surveys");
        browser.awaitText("[data-test=campaign-table] tbody tr:first-child", campaign.get("seed").asString());
        browser.awaitText("[data-test=survey-results]", "满意率");
        browser.awaitText("[data-test=satisfied-rate]", "100.0%");
        browser.await("[data-test=chart-survey-projects] svg");
        browser.awaitText("[data-test=survey-templates]", "交付满意度问卷");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the surveys screen").isEmpty();
        browser.screenshot("surveys-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Satisfaction surveys");
        browser.awaitText("[data-test=survey-results]", "Response rate");
        assertNoChinese("the surveys screen in English");
        browser.screenshot("surveys-en");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    /** A campaign of the delivery survey to the owners of the demo owner's project, answered once by the owner. */
    static JsonNode aCampaignWithOneAnswer(Api api, Clock clock) {
        long home = api.homeOf("owner");
        long project = api.as("owner").get("/api/v1/units?limit=200").json().get("items").valueStream()
                .filter(u -> u.get("id").asLong() == home).findFirst().orElseThrow().get("projectId").asLong();
        long template = api.as("manager").get("/api/v1/survey-templates").json().valueStream()
                .filter(t -> t.get("code").asString().equals("delivery")).findFirst().orElseThrow().get("id").asLong();
        Api.Response launched = api.as("manager").post("/api/v1/survey-campaigns", Map.of("name", "交付满意度调查",
                "templateId", template, "milestone", "AFTER_DELIVERY", "audience", "ALL_OWNERS",
                "projectIds", List.of(project), "sampling", "ALL",
                "dueOn", LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(30).toString()));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        JsonNode campaign = launched.json();
        long target = api.as("owner").get("/api/v1/me/surveys").json().valueStream()
                .filter(t -> t.get("campaignId").asLong() == campaign.get("id").asLong()).findFirst().orElseThrow()
                .get("id").asLong();
        Api.Response answered = api.as("owner").post("/api/v1/me/surveys/" + target + "/answer",
                Map.of("answers", Map.of("satisfaction", 5, "quality", 4, "recommend", "yes")));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        return campaign;
    }
}
