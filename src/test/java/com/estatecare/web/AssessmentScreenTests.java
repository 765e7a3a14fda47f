package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;

/**
 * Staff assessment (员工考核) in Chromium: a manager reads the teams and people of their branch for the month, opens
 * the engineer's training records and adds one; axe-core; the same in English without Chinese.
 */
@EstateCareTest
class AssessmentScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;

    @Test
    void managerReadsTheFiguresAndRecordsATraining() throws IOException {
        long engineer = given.staffId("engineer");
        String course = "投诉处理技巧 " + System.nanoTime() % 100_000;
        signIn(browser, "manager", "/assessment");
        browser.awaitText("[data-test=team-table]", "响应及时率");
        browser.await("[data-test=person-" + engineer + "]").click();
        browser.await("[data-test=training-form]");
        browser.await("[data-test=training-course]").sendKeys(course);
        browser.await("[data-test=training-form] .el-date-editor input")
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-11-02", Keys.ENTER);
        browser.await("[data-test=training-save]").click();
        browser.awaitText("[data-test=training-table]", course);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the assessment screen").isEmpty();
        browser.screenshot("assessment-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Staff assessment");
        browser.awaitText("[data-test=team-table]", "On time");
        assertNoChinese("the assessment screen in English");
        browser.screenshot("assessment-en");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
}
