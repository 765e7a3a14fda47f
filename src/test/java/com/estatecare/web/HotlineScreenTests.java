package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The city hotline screen (12345 热线工单) in Chromium: a handler drafts the reply to a forwarded case, a manager
 * approves it, both deadlines shown as countdowns; in English, a case forwarded eight days ago is overdue.
 */
@EstateCareTest
class HotlineScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;

    @Test
    void aHandlerDraftsTheReplyAndAManagerApprovesIt() throws IOException {
        JsonNode created = register(null);
        String number = created.get("caseNumber").asString();

        signIn(browser, "handler", "/hotline?state=OPEN");
        browser.awaitText("h1", "12345 热线工单");
        browser.awaitText("[data-test=hotline-table]", number);
        assertThat(browser.all("[data-test=hotline-countdown]")).isNotEmpty();
        openCase(number);
        browser.await("textarea[data-test=draft-text]").sendKeys("已联系市民，安排 12 月 3 日上门维修外墙。");
        browser.await("[data-test=save-draft]").click();
        browser.awaitText("[data-test=drawer-reply-state]", "待审批");
        browser.await("[data-test=four-eyes]");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the hotline screen").isEmpty();
        browser.screenshot("hotline-zh");

        browser.forgetEverything();
        signIn(browser, "manager", "/hotline?state=OPEN");
        browser.awaitText("[data-test=hotline-table]", number);
        openCase(number);
        browser.awaitText("[data-test=reply-text]", "12 月 3 日");
        browser.await("[data-test=approve]").click();
        browser.awaitText("[data-test=drawer-reply-state]", "已回复");
        assertThat(api.as("manager").get("/api/v1/hotline-cases/" + created.get("id").asLong()).json()
                .get("replyState").asString()).isEqualTo("APPROVED");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void inEnglishACaseForwardedEightDaysAgoIsOverdue() throws IOException {
        String number = register("2026-11-16T02:00:00Z").get("caseNumber").asString();
        signIn(browser, "agent", "/hotline?state=OVERDUE");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "12345 hotline cases");
        browser.awaitText("[data-test=hotline-table]", number);
        browser.awaitText("[data-test=hotline-table]", "Breached");
        assertNoChinese("the English hotline screen");
        browser.screenshot("hotline-en");
    }

    private void openCase(String number) {
        browser.all("[data-test=open-case]").stream().filter(b -> b.getText().contains(number)).findFirst()
                .orElseThrow().click();
        browser.await("[data-test=hotline-drawer]");
    }

    private JsonNode register(String forwardedAt) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("caseNumber", "SH12345-" + UUID.randomUUID().toString().substring(0, 8));
        form.put("category", "住房质量");
        form.put("citizenName", "市民李女士");
        form.put("citizenPhone", "13900000000");
        form.put("text", "外墙渗水，多次报修未处理。");
        form.put("unitId", given.unit().get("id").asLong());
        if (forwardedAt != null) {
            form.put("forwardedAt", forwardedAt);
        }
        Api.Response response = api.as("agent").post("/api/v1/hotline-cases", form);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
