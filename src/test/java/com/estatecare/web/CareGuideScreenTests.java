package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The care guide editor (养护指南) in Chromium: an agent writes a component's care text over the group's and owners
 * read it through the API; axe-core, English without Chinese, screenshots in both languages.
 */
@EstateCareTest
class CareGuideScreenTests extends ScreenTest {

    @Test
    void anAgentWritesTheCareOfAComponentAndItIsStoredForTheCompany() throws IOException {
        signIn(browser, "agent", "/care-guides");
        browser.awaitText("[data-test=guide-DRAINAGE]", "排水");
        String added = "；每季度检查一次 " + System.nanoTime() % 10_000;
        WebElement care = browser.await("textarea#care-DRAINAGE");
        care.sendKeys(added);
        // the button is enabled once the screen has taken the change
        browser.awaitScript("return !document.querySelector('[data-test=save-DRAINAGE]').disabled");
        browser.await("[data-test=save-DRAINAGE]").click();
        browser.await("[data-test=saved], [data-test=problem]");
        assertThat(browser.all("[data-test=problem]")).as(browser.await("[data-test=care-guide]").getText())
                .isEmpty();
        browser.awaitText("[data-test=saved]", "已保存");
        String stored = StreamSupport.stream(api.as("agent").get("/api/v1/care-guides").json().spliterator(), false)
                .filter(g -> g.get("componentCode").asString().equals("DRAINAGE")).findFirst().orElseThrow()
                .get("care").asString();
        assertThat(stored).endsWith(added);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the care guide").isEmpty();
        browser.screenshot("workbench-care-guide-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=care-guide]", "What to check");
        assertNoChinese("the English care guide");
        browser.screenshot("workbench-care-guide-en");
    }
}
