package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.TestClockConfiguration;

/**
 * The revisit queue (回访队列) in Chromium: an overdue revisit first in the queue, red; the questionnaire filled with
 * the keyboard during the call; the unsatisfied answer sends the request to a second handling; coverage shown; the
 * same screen in English, and none of the first company's revisits for the second company's agent.
 */
@EstateCareTest
class RevisitScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void agentFillsTheQuestionnaireByKeyboardAndAnUnhappyOwnerGetsASecondHandling() throws IOException {
        Repair repair = anOverdueConfirmedRepair(22);
        String row = "[data-test=revisit-table] tbody tr:first-child";

        signIn(browser, "agent", "/revisits");
        browser.awaitText(row, repair.number());
        assertThat(browser.await(row + " [data-test=countdown]").getText()).startsWith("逾期");
        browser.awaitText("[data-test=revisit-coverage]", "本月回访率");
        browser.await(row + " [data-test=fill]").click();
        browser.await("[data-test=questionnaire]");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the questionnaire").isEmpty();

        choose("[data-test=q-satisfaction] input[value='2']");
        choose("[data-test=q-followedUp] input[value='false']");
        browser.keys(Keys.TAB);
        browser.focused().sendKeys("维修后卫生间还在渗水");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("q-comment");
        browser.screenshot("revisit-questionnaire-zh");
        browser.await("[data-test=submit-revisit]").click();

        browser.awaitText("[data-test=revisit-done]", "二次处理");
        assertThat(given.get(repair.id()).get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(given.get(repair.id()).get("handlingRound").asInt()).isEqualTo(2);
        browser.awaitScript("return !document.querySelector('[data-test=revisit-table]').textContent.includes(arguments[0])",
                repair.number());
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the queue").isEmpty();
        browser.screenshot("revisits-zh");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void theQueueReadsInEnglishAndTheSecondCompanySeesNoneOfTheFirstsRevisits() throws IOException {
        Repair repair = anOverdueConfirmedRepair(21);

        signIn(browser, "agent", "/revisits");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Revisit queue");
        browser.awaitText("[data-test=revisit-table] tbody tr:first-child", repair.number());
        browser.awaitText("[data-test=revisit-table]", "overdue");
        browser.await("[data-test=revisit-table] tbody tr:first-child [data-test=fill]").click();
        browser.awaitText("[data-test=questionnaire]", "How satisfied are you with this repair overall?");
        assertNoChinese("the English questionnaire");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English questionnaire").isEmpty();
        browser.screenshot("revisits-en");

        browser.forgetEverything();
        signIn(browser, "hz-agent", "/revisits");
        browser.await("[data-test=revisit-table]");
        browser.await("[data-test=revisit-coverage]");
        assertThat(browser.interfaceText()).doesNotContain(repair.number());
    }

    record Repair(long id, String number) {
    }

    /**
     * A repair completed and confirmed {@code daysAgo} days before the tests' start, its revisit long overdue: the
     * first of the queue (each test a different day, whichever runs first).
     */
    private Repair anOverdueConfirmedRepair(int daysAgo) {
        clock.set(TestClockConfiguration.START.minus(Duration.ofDays(daysAgo)));
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(id, "REPAIR", 6);
        clock.set(Instant.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from revisit_task where request_id = :id").param("id", id).query(Long.class)
                .single() == 1);
        return new Repair(id, given.get(id).get("number").asString());
    }

    /** Focuses a radio input and selects it with the space bar, as a keyboard user does. */
    private void choose(String css) {
        browser.awaitScript("return !!document.querySelector(arguments[0])", css);
        browser.script("document.querySelector(arguments[0]).focus()", css);
        browser.keys(Keys.SPACE);
        browser.awaitScript("return document.querySelector(arguments[0]).checked", css);
    }
}
