package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The satisfaction surveys screen (满意度调查) in Chromium: a manager reads a campaign with its sample, seed and
 * response rate, its results with the chart and the per-question counts, and the templates; axe-core; the same in
 * English without Chinese. A manager writes a questionnaire on screen and enters an answer an owner gives on the
 * phone, on the questionnaire the campaign was sent with.
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

    @Test
    void managerWritesAQuestionnaireAndEntersAnAnswerGivenOnThePhone() throws IOException {
        int suffix = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String code = "phone-" + suffix;
        signIn(browser, "manager", "/surveys");
        browser.await("[data-test=template-new]").click();
        browser.await("#template-code").sendKeys(code);
        browser.await("#template-name").sendKeys("电话回访问卷" + suffix);
        browser.await("#template-name-en").sendKeys("Phone questionnaire " + suffix);
        browser.await("[data-test=question-text-0]").sendKeys("总体满意度");
        browser.await("[data-test=question-text-en-0]").sendKeys("Overall satisfaction");
        List<WebElement> marks = browser.all("[data-test=question-0] .el-checkbox");
        marks.get(0).click(); // required
        marks.get(1).click(); // counts as satisfaction
        browser.await("[data-test=add-question]").click();
        browser.await("[data-test=question-1] .el-radio-button:nth-child(2)").click(); // a choice
        browser.await("[data-test=question-text-1]").sendKeys("是否愿意推荐");
        browser.await("[data-test=question-text-en-1]").sendKeys("Would you recommend us");
        List<WebElement> options = browser.all("[data-test=question-1] .option input");
        options.get(1).sendKeys("愿意");
        options.get(2).sendKeys("Yes");
        options.get(4).sendKeys("不愿意");
        options.get(5).sendKeys("No");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the template editor").isEmpty();
        browser.screenshot("survey-template-zh");
        browser.await("[data-test=template-save]").click();
        browser.awaitText("[data-test=survey-done]", "第 1 版");
        JsonNode template = api.as("manager").get("/api/v1/survey-templates").json().valueStream()
                .filter(t -> t.get("code").asString().equals(code)).findFirst().orElseThrow();
        assertThat(template.get("questions").get(0).get("measures").asString()).isEqualTo("SATISFACTION");
        assertThat(template.get("questions").get(1).get("options").get(1).get("textEn").asString()).isEqualTo("No");

        String name = "电话满意度调查" + suffix;
        Api.Response launched = api.as("manager").post("/api/v1/survey-campaigns", Map.of("name", name,
                "templateId", template.get("id").asLong(), "milestone", "YEARLY", "audience", "ALL_OWNERS",
                "projectIds", List.of(ownersProject()), "sampling", "COUNT", "sampleSize", 2,
                "dueOn", LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(30).toString()));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        browser.open("/surveys");
        browser.awaitText("[data-test=campaign-table]", name);
        browser.all("[data-test=campaign-table] tbody tr").stream().filter(r -> r.getText().contains(name))
                .findFirst().orElseThrow().findElement(By.cssSelector("[data-test=phone-entry]")).click();
        browser.awaitText("[data-test=phone-answers]", "未作答");
        browser.await("[data-test=enter-answer]").click();
        browser.await("[data-test=answer-q1] .el-radio:nth-child(2)").click(); // 4 satisfied
        browser.await("[data-test=answer-q2] .el-radio:nth-child(1)").click(); // 愿意
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the phone answer").isEmpty();
        browser.screenshot("survey-phone-answer-zh");
        browser.await("[data-test=answer-save]").click();
        browser.awaitText("[data-test=survey-done]", "答卷已录入");
        browser.awaitText("[data-test=phone-answers]", "已作答（电话录入）");
        JsonNode answered = api.as("manager").get("/api/v1/survey-campaigns/" + launched.json().get("id").asLong()
                + "/targets").json().get("items").valueStream().filter(t -> t.get("status").asString().equals("ANSWERED"))
                .findFirst().orElseThrow();
        assertThat(answered.get("answeredVia").asString()).isEqualTo("STAFF");
        assertThat(answered.get("answers").get("q1").asInt()).isEqualTo(4);
        assertThat(answered.get("answers").get("q2").asString()).isEqualTo("o1");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    private long ownersProject() {
        long home = api.homeOf("owner");
        return api.as("owner").get("/api/v1/units?limit=200").json().get("items").valueStream()
                .filter(u -> u.get("id").asLong() == home).findFirst().orElseThrow().get("projectId").asLong();
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
