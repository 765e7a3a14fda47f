package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.inbound.Triage;
import com.estatecare.inbound.TriageArrival;
import com.estatecare.inbound.TriageChannel;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The triage list (待分拣消息, {@code /triage}) in Chromium: an agent reads a waiting mail with its sender and the
 * phone number in its text masked, and discards it with a reason; in both languages, checked by axe-core.
 */
@EstateCareTest
class TriageScreenTests extends ScreenTest {

    @Autowired
    Triage triage;

    @Test
    void anAgentReadsAWaitingMailMaskedAndDiscardsItWithAReason() throws IOException {
        JsonNode agent = api.as("agent").get("/api/v1/me").json();
        String subject = "咨询车位 " + UUID.randomUUID().toString().substring(0, 8);
        long item = triage.hold(new TriageArrival(agent.get("companyId").asLong(), agent.get("scopePath").asString(),
                TriageChannel.EMAIL, "<" + UUID.randomUUID() + "@mail.example.com>", "visitor@example.com",
                "v***@example.com", "李先生", subject, "请回电 13912345678，想问地下车位的价格。", "UNKNOWN_SENDER",
                Instant.now(), List.of(new TriageArrival.File("car.png", "image/png", new byte[] { (byte) 0x89, 'P',
                        'N', 'G', '\r', '\n', 0x1a, '\n' }))));

        signIn(browser, "agent", "/triage");
        browser.awaitText("[data-test=triage-table]", subject);
        String table = browser.await("[data-test=triage-table]").getText();
        assertThat(table).contains("v***@example.com", "139****5678", "car.png", "发件人不是本公司客户")
                .doesNotContain("13912345678", "visitor@");
        assertThat(browser.interfaceText()).contains("待分拣消息").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the triage list").isEmpty();
        browser.screenshot("workbench-triage-zh");

        browser.tap("[data-test=triage-discard-" + item + "]");
        browser.await("#triage-reason").sendKeys("广告，不需处理");
        browser.tap("[data-test=triage-confirm]");
        browser.awaitText("[data-test=triage-state-" + item + "]", "已丢弃");
        assertThat(api.as("agent").get("/api/v1/triage/" + item).json().get("item").get("discardReason").asString())
                .isEqualTo("广告，不需处理");

        // the toast of the discard speaks the language it was raised in: let it go before switching
        browser.awaitScript("return document.querySelector('.el-message') === null");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Triage");
        browser.await("[data-test=triage-table]");
        assertNoChinese("the English triage list");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English triage list").isEmpty();
        browser.screenshot("workbench-triage-en");
    }
}
