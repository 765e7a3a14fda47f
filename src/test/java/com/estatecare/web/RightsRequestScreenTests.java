package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.TestClockConfiguration;

/**
 * The workbench's rights-requests screen (个人信息权利请求, {@code /privacy/requests}) in Chromium: a manager sees
 * an overdue request marked in red beside one still in time, approves a correction, which reaches the customer
 * record, and cannot refuse without a reason; the screen in English, and not there for an engineer.
 */
@EstateCareTest
class RightsRequestScreenTests extends ScreenTest {

    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerSeesTheOverdueOneInRedAndApprovesACorrection() throws IOException {
        String newPhone = newPhone();
        long customer = customer("权利请求甲");
        long correction = request(customer, Map.of("kind", "CORRECTION", "field", "phone", "value", newPhone));
        long late = request(customer("权利请求乙"), Map.of("kind", "ERASURE"));
        jdbc.sql("update rights_request set due_on = :due where id = :id") // days before the test clock's today
                .param("due", java.sql.Date.valueOf(TestClockConfiguration.START.atZone(SHANGHAI).toLocalDate()
                        .minusDays(2))).param("id", late).update();

        signIn(browser, "manager", "/privacy/requests");
        browser.await("[data-test=approve-" + correction + "]");
        assertThat(browser.await("[data-test=menu-rightsRequests]").getText()).isEqualTo("个人信息请求");
        browser.await("[data-test=rights-overdue-only]").click();
        browser.awaitScript("return !document.querySelector('[data-test=approve-" + correction + "]')");
        assertThat(browser.await("[data-test=refuse-" + late + "]").findElement(
                org.openqa.selenium.By.xpath("ancestor::tr")).getText())
                .as("the browser counts the days by its own clock, not the test's").containsPattern("逾期 \\d+ 天");
        assertThat(browser.all("[data-test=rights-countdown].el-tag--danger")).isNotEmpty();
        browser.await("[data-test=rights-overdue-only]").click();

        browser.await("[data-test=refuse-" + correction + "]").click();
        browser.await("[data-test=rights-confirm]").click();
        browser.awaitText("[role=alert]", "拒绝时须填写理由");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the decision dialog").isEmpty();
        browser.keys(org.openqa.selenium.Keys.ESCAPE);
        browser.await("[data-test=approve-" + correction + "]").click();
        browser.await("[data-test=rights-confirm]").click();
        browser.awaitText("[data-test=rights-done]", "已按您的请求更正");
        assertThat(api.as("manager").get("/api/v1/customers/" + customer).json().get("phone").asString())
                .endsWith(newPhone.substring(7));
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the rights requests").isEmpty();
        browser.screenshot("workbench-rights-requests-zh");
        api.as("manager").post("/api/v1/rights-requests/" + late + "/decision",
                Map.of("approve", false, "reason", "测试结束"));
    }

    @Test
    void theScreenReadsInEnglishAndIsNotThereForAnEngineer() throws IOException {
        request(customer("权利请求丙"), Map.of("kind", "ERASURE"));
        signIn(browser, "manager", "/privacy/requests");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Rights requests");
        browser.await("[data-test=rights-table] tbody tr");
        assertNoChinese("the English rights requests");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English rights requests").isEmpty();
        browser.screenshot("workbench-rights-requests-en");

        browser.forgetEverything();
        signIn(browser, "engineer", "/privacy/requests");
        browser.await("[data-test=not-found]");
        assertThat(browser.all("[data-test=menu-rightsRequests]")).isEmpty();
    }

    private long customer(String name) {
        var created = api.as("agent").post("/api/v1/customers", Map.of("name", name, "kind", "NEW_OWNER",
                "phone", newPhone()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long request(long customer, Map<String, Object> body) {
        var made = api.as("agent").post("/api/v1/customers/" + customer + "/rights-requests", body);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    private static String newPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
