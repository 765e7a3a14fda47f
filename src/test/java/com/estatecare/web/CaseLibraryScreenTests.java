package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;

/**
 * The case library (客服案例库) and the contingency plans (投诉预案) in Chromium: a handler proposes a closed
 * complaint from its page, a manager approves it on the case's page and an agent finds it by its words, most
 * relevant first; a manager writes a plan, a collective complaint that fits it shows its steps on its page, and the
 * plan is deleted; axe-core, both languages.
 */
@EstateCareTest
class CaseLibraryScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;

    @Test
    void aClosedComplaintIsProposedApprovedAndFoundInTheLibrary() throws IOException {
        String place = "樱花" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号楼";
        Map<String, Object> body = given.complaintBody(given.unit().get("id").asLong());
        body.put("description", place + "屋顶渗水，业主多次投诉");
        long complaint = given.register(body);
        given.walk(complaint, "COMPLAINT", 5); // … complete: the work is done

        signIn(browser, "handler", "/requests/" + complaint);
        browser.await("#case-lessons").sendKeys("雨季前检查屋面防水");
        browser.await("[data-test=case-propose-submit]").click();
        browser.awaitText("[data-test=case-panel-link]", "待审核");
        long id = given.get(complaint).get("knowledgeCase").get("id").asLong();

        signIn(browser, "manager", "/cases?tab=PROPOSED");
        browser.awaitText("[data-test=case-list]", place);
        browser.open("/cases/" + id);
        browser.awaitText("[data-test=case-problem]", place + "屋顶渗水");
        browser.awaitText("[data-test=case-solution]", "两周内完成整改");
        browser.awaitText("[data-test=case-lessons]", "雨季前检查屋面防水");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on a proposed case").isEmpty();
        browser.screenshot("case-review-zh");
        browser.await("#case-note").sendKeys("典型案例");
        browser.await("[data-test=case-approve]").click();
        browser.awaitText("[data-test=case-status]", "已入库");
        browser.await("[data-test=case-request]").click();
        browser.awaitText("[data-test=case-panel-link]", "已入库");

        signIn(browser, "agent", "/cases");
        browser.await("#case-q").sendKeys(place + " 屋面防水\n");
        browser.awaitText("[data-test=case-hit]", place + "屋顶渗水");
        assertThat(browser.all("[data-test=case-hit]").get(0).getText()).contains(place, "相关度 100%");
        assertThat(browser.currentSearch()).contains("q=");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the search").isEmpty();
        browser.screenshot("case-library-zh");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Case library");
        browser.awaitText("[data-test=case-hit]", "relevance 100%");
        assertNoChinese("the case library in English");
        browser.screenshot("case-library-en");

        signIn(browser, "hz-agent", "/cases/" + id);
        browser.await("[data-test=case-missing]");
        assertThat(browser.interfaceText()).doesNotContain(place);
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void aManagersPlanShowsItsStepsOnTheCollectiveComplaintItFits() throws IOException {
        String title = "电梯困人预案" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        signIn(browser, "manager", "/contingency-plans");
        browser.await("[data-test=plan-new]").click();
        browser.await("#plan-title").sendKeys(title);
        browser.await("#plan-trigger").sendKeys("多部电梯停运，业主被困");
        browser.await("#plan-step-0").sendKeys("十分钟内通知维保单位到场");
        browser.await("[data-test=plan-add-step]").click();
        browser.await("#plan-step-1").sendKeys("当天统一答复业主");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the plan form").isEmpty();
        browser.await("[data-test=plan-save]").click();
        browser.awaitText("[data-test=plan-done]", title);
        browser.screenshot("contingency-plans-zh");

        Map<String, Object> body = given.complaintBody(given.unit().get("id").asLong());
        body.put("complainantCount", 4);
        body.put("description", "2号楼电梯停运，多名业主被困，四户联名投诉");
        long complaint = given.register(body);
        await().atMost(Duration.ofSeconds(20)).until(() -> given.get(complaint).has("contingencyPlans"));
        browser.open("/requests/" + complaint);
        browser.awaitText("[data-test=contingency-plans]", title);
        browser.awaitText("[data-test=contingency-plan]", "十分钟内通知维保单位到场");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the request with its plan").isEmpty();
        browser.screenshot("request-contingency-plan-zh");
        browser.await(".locale-switch button[lang=en]").click();
        browser.open("/requests/" + complaint);
        browser.awaitText("[data-test=grade-value]", "Grade");
        browser.awaitText("[data-test=contingency-plans] h2", "Contingency plans");
        assertNoChinese("the request's plans in English");

        browser.open("/contingency-plans");
        browser.awaitText("h1", "Contingency plans");
        assertNoChinese("the contingency plans in English");
        browser.screenshot("contingency-plans-en");
        var plan = browser.all("[data-test=plan]").stream().filter(p -> p.getText().contains(title)).findFirst()
                .orElseThrow();
        plan.findElement(By.cssSelector("[data-test=plan-delete]")).click();
        browser.await("[data-test=plan-delete-confirm]").click();
        browser.awaitText("[data-test=plan-done]", title);
        assertThat(api.as("manager").get("/api/v1/contingency-plans").body()).doesNotContain(title);
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
}
