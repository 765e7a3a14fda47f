package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The defect feedback screen (项目缺陷反馈) in Chromium: a project's heat map of buildings × floors (and × components)
 * with the repair just reported counted, the monthly trend, the CSV link; the same in English; the second company's
 * manager sees none of the first's projects.
 */
@EstateCareTest
class DefectsScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;

    @Test
    void managerReadsTheHeatMapAndTrendOfTheFirstProject() throws IOException {
        JsonNode unit = given.unit();
        Map<String, Object> body = given.repairBody(unit.get("id").asLong());
        body.put("componentCode", "WINDOW");
        long repair = given.register(body);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from defect_record where request_id = :id").param("id", repair)
                .query(Long.class).single() == 1);

        signIn(browser, "manager", "/defects");
        browser.awaitText("h1", "项目缺陷反馈");
        browser.await("[data-test=defect-heatmap] svg");
        browser.await("[data-test=defect-trend] svg");
        browser.awaitScript("return /合计 [1-9]/.test(document.querySelector('[data-test=defect-total]').textContent)");
        assertThat(browser.await("[data-test=defect-csv]").getAttribute("href")).contains("/api/v1/defects/report.csv");
        browser.await("[data-test=defect-by] label:nth-child(2)").click();
        browser.awaitText("[data-test=defect-heatmap]", "窗");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the defect screen").isEmpty();
        browser.screenshot("defects-zh");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void theScreenReadsInEnglishAndTheSecondCompanySeesNoneOfTheFirstsProjects() throws IOException {
        signIn(browser, "manager", "/defects");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Defect feedback");
        browser.await("[data-test=defect-heatmap] svg");
        browser.awaitText("[data-test=defect-heatmap]", "Defect heat map");
        assertNoChinese("the English defect screen");
        browser.screenshot("defects-en");

        browser.forgetEverything();
        signIn(browser, "hz-manager", "/defects");
        browser.await("[data-test=defect-project]");
        String firstProject = given.unit().get("project").asString();
        browser.await("[data-test=defect-heatmap]");
        assertThat((String) browser.script("return document.body.textContent")).doesNotContain(firstProject);
    }
}
