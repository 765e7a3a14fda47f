package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The administration screens in Chromium: the rules (every policy with its
 * versions, changed by an administrator with a reason, refused with the
 * server's field problem when it cannot work) and the business calendar
 * (holidays and make-up working days, by hand and from an ICS file).
 */
@EstateCareTest
class AdminScreenTests extends ScreenTest {


    @Test
    void adminChangesAGradeRuleWithAReasonSeesWhatChangedAndARuleThatCannotWorkIsRefusedAtItsField()
            throws IOException {
        JsonNode before = api.as("admin").get("/api/v1/policies/grading").json();
        int major = before.get("policy").get("collectiveMajor").asInt();
        try {
            signIn("admin");
            browser.await("[data-test=menu-policies]").click();
            browser.awaitPath("/admin/policies");
            browser.await("[data-test=policy-kinds] #tab-grading").click();
            browser.awaitText("[data-test=version-line]", "第 " + before.get("version").asInt() + " 版");
            assertThat(browser.seriousAccessibilityViolations()).as("axe on the rules").isEmpty();

            browser.await("[data-test=policy-edit]").click();
            replace(browser.await("#policy-collectiveMajor"), String.valueOf(major + 1));
            browser.await("[data-test=policy-reason]").sendKeys("集团要求：重大群诉门槛提高");
            browser.await("[data-test=policy-save]").click();
            int saved = before.get("version").asInt() + 1;
            browser.awaitText("[data-test=version-line]", "第 " + saved + " 版");
            browser.awaitText("[data-test=policy-versions]", "集团要求：重大群诉门槛提高");
            JsonNode now = api.as("admin").get("/api/v1/policies/grading").json();
            assertThat(now.get("version").asInt()).isEqualTo(saved);
            assertThat(now.get("policy").get("collectiveMajor").asInt()).isEqualTo(major + 1);
            assertThat(now.get("changedBy").asString()).isNotBlank();
            // the version just saved shows the field it changed against the one before it
            assertThat(browser.all("[data-path=collectiveMajor].changed")).hasSize(1);
            browser.screenshot("workbench-policies-zh");

            // a major threshold below the hotspot one cannot work: the server's reason, at the field
            browser.await("[data-test=policy-edit]").click();
            replace(browser.await("#policy-collectiveMajor"), "1");
            browser.await("[data-test=policy-reason]").sendKeys("试一个不可行的值");
            browser.await("[data-test=policy-save]").click();
            browser.await("[data-path=collectiveMajor] .error");
            assertThat(browser.await("[data-path=collectiveMajor] .error").getText()).isNotBlank();
            assertThat(api.as("admin").get("/api/v1/policies/grading").json().get("version").asInt())
                    .as("nothing changed").isEqualTo(saved);

            browser.await(".locale-switch button[lang=en]").click();
            browser.awaitText("h1", "Rules and time limits");
            assertNoChinese("the English rules screen");
            browser.screenshot("workbench-policies-en");
        } finally {
            assertThat(api.as("admin").put("/api/v1/policies/grading", Map.of("policy", before.get("policy"),
                    "reason", "restored after the browser test")).status()).isEqualTo(200);
        }
    }

    @Test
    void aManagerReadsTheRulesWithTheirHistoryButCannotChangeThemAndAnAgentDoesNotSeeThem() {
        signIn("manager");
        browser.await("[data-test=menu-policies]").click();
        browser.await("[data-test=policy-kinds] #tab-grading").click();
        WebElement major = browser.await("#policy-collectiveMajor");
        assertThat(major.getDomProperty("disabled")).as("read only for a manager").isEqualTo("true");
        assertThat(browser.all("[data-test=policy-edit]")).as("no change button for a manager").isEmpty();

        browser.forgetEverything();
        signIn("agent");
        browser.await("[data-test=request-table]");
        assertThat(browser.all("[data-test=menu-policies]")).isEmpty();
        browser.open("/admin/policies");
        browser.awaitText("[data-test=not-found]", "页面不存在");
    }

    @Test
    void adminMarksAMakeUpWorkdayAndImportsAnIcsFileThenTheCalendarShowsBoth() throws IOException {
        Path ics = Files.createTempFile("holidays-", ".ics");
        Files.writeString(ics, """
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270315
                DTEND;VALUE=DATE:20270317
                SUMMARY:浏览器测试假日(休)
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        try {
            signIn("admin");
            browser.await("[data-test=menu-calendar]").click();
            browser.awaitPath("/admin/calendar");
            browser.await("[data-test=calendar]");
            // 2026-11-28 is a Saturday: a rest day until it is marked
            browser.await("[data-day='2026-11-28']").click();
            browser.awaitText("[data-test=picked-state]", "休息日");
            browser.await("[data-test=kind-workday]").click();
            browser.await("[data-test=day-name]").sendKeys("测试调休");
            browser.await("[data-test=day-reason]").sendKeys("浏览器测试");
            browser.await("[data-test=day-mark]").click();
            browser.awaitText("[data-test=picked-state]", "调休上班：测试调休");
            browser.awaitText("[data-day='2026-11-28']", "班");
            assertThat(api.as("admin").get("/api/v1/calendar/days?year=2026").body())
                    .contains("\"date\":\"2026-11-28\",\"kind\":\"WORKDAY\",\"name\":\"测试调休\"");
            assertThat(browser.seriousAccessibilityViolations()).as("axe on the calendar").isEmpty();
            browser.screenshot("workbench-calendar-zh");

            browser.await("[data-test=ics-file]").sendKeys(ics.toString());
            browser.await("[data-test=ics-reason]").sendKeys("2027 年通知");
            browser.await("[data-test=ics-import]").click();
            browser.awaitText("[data-test=ics-report]", "已导入 1 个事件，2 天");
            assertThat(api.as("admin").get("/api/v1/calendar/days?year=2027").body())
                    .contains("\"date\":\"2027-03-15\",\"kind\":\"HOLIDAY\",\"name\":\"浏览器测试假日\"")
                    .contains("\"date\":\"2027-03-16\"");

            browser.await(".locale-switch button[lang=en]").click();
            browser.awaitText("h1", "Holidays and make-up days");
            assertNoChinese("the English calendar");
            browser.screenshot("workbench-calendar-en");
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        } finally {
            Files.deleteIfExists(ics);
            for (String day : new String[] { "2026-11-28", "2027-03-15", "2027-03-16" }) {
                api.as("admin").delete("/api/v1/calendar/days/" + day + "?reason=test");
            }
        }
    }

    private static void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.TAB);
    }

    private void signIn(String username) {
        signIn(browser, username, "/");
        browser.await("[data-test=menu-requests]");
    }

}
