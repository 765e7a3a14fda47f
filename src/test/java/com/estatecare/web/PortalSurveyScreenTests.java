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
 * The owner's survey page (问卷) on a phone: the survey addressed to them, answered by taps, thanked, listed as
 * answered; axe-core; the list in English.
 */
@EstateCareTest
class PortalSurveyScreenTests extends ScreenTest {

    @Autowired
    Clock clock;

    @Override
    protected boolean phone() {
        return true;
    }

    @Test
    void ownerAnswersTheSurveyAddressedToThemOnAPhone() throws IOException {
        long target = aSurveyForTheOwner();
        signIn(browser, "owner", "/m/surveys");
        browser.await("[data-test=answer-" + target + "]").click();
        browser.await("[data-test=survey-form]");
        browser.await("[data-test=q-satisfaction] [role=radio]:first-child").click();
        browser.await("[data-test=q-quality] [role=radio]:nth-child(2)").click();
        browser.await("[data-test=q-recommend] [role=radio]:first-child").click();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the survey form").isEmpty();
        browser.screenshot("portal-survey-zh");
        browser.await("[data-test=submit-survey]").click();
        browser.awaitText("[data-test=survey-thanks]", "感谢");
        JsonNode answered = api.as("owner").get("/api/v1/me/surveys/" + target).json();
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("satisfaction").asInt()).isEqualTo(5);

        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=tab-surveys]").click();
        browser.awaitText("main", "Satisfaction surveys");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the survey list").isEmpty();
        browser.screenshot("portal-surveys-en");
    }

    private long aSurveyForTheOwner() {
        long home = api.homeOf("owner");
        long project = api.as("owner").get("/api/v1/units?limit=200").json().get("items").valueStream()
                .filter(u -> u.get("id").asLong() == home).findFirst().orElseThrow().get("projectId").asLong();
        long template = api.as("manager").get("/api/v1/survey-templates").json().valueStream()
                .filter(t -> t.get("code").asString().equals("delivery")).findFirst().orElseThrow().get("id").asLong();
        Api.Response launched = api.as("manager").post("/api/v1/survey-campaigns", Map.of("name", "年度满意度调查",
                "templateId", template, "milestone", "YEARLY", "audience", "ALL_OWNERS", "projectIds", List.of(project),
                "sampling", "ALL",
                "dueOn", LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(30).toString()));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        long campaign = launched.json().get("id").asLong();
        return api.as("owner").get("/api/v1/me/surveys").json().valueStream()
                .filter(t -> t.get("campaignId").asLong() == campaign).findFirst().orElseThrow().get("id").asLong();
    }
}
