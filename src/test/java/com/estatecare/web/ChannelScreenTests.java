package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The owners' messages in Chromium: the delivery log (消息发送记录, {@code /admin/outbox}) with a failed message a
 * manager sends again; the template editor (消息模板, {@code /admin/templates}) refusing an unknown placeholder and
 * saving a good one; the owner's channels on the portal's 我的 page on a phone. axe-core on each, screenshots.
 */
@EstateCareTest
class ChannelScreenTests extends ScreenTest {

    @Test
    void aManagerFindsAFailedMessageWithItsReasonAndSendsItAgain() throws IOException {
        String number = "BX-TEST-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Map<String, Object> branch = jdbc.sql("""
                select n.path, coalesce(n.company_id, 0) as company_id from account a
                join org_node n on n.id = a.org_node_id where a.username = 'manager'""").query().singleRow();
        String scope = (String) branch.get("path");
        Timestamp now = Timestamp.from(Instant.now());
        long id = jdbc.sql("""
                insert into outbound_message (company_id, scope_path, event_key, kind, channel, number, recipient,
                    recipient_masked, language, subject, body, state, attempts, next_attempt_at, last_error,
                    created_at, updated_at)
                values (:company, :scope, :key,
                    'WORK_DONE', 'SMS', :number, '13800138000', '138****8000', 'zh-CN', 's', 'b', 'FAILED', 6, :now,
                    'SMS gateway answered HTTP 503', :now, :now) returning id""")
                .param("company", ((Number) branch.get("company_id")).longValue()).param("scope", scope).param("key", "screen:" + number).param("number", number).param("now", now)
                .query(Long.class).single();

        signIn(browser, "manager", "/admin/outbox");
        browser.await("[data-test=outbox-number]").sendKeys(number);
        browser.await("[data-test=outbox-search]").click();
        browser.awaitText("[data-test=outbox-table]", "SMS gateway answered HTTP 503");
        assertThat(browser.await("[data-test=outbox-table]").getText()).contains("138****8000", "发送失败", "完工待确认")
                .doesNotContain("13800138000");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the delivery log").isEmpty();
        browser.screenshot("outbox-zh");
        browser.await("[data-test=outbox-retry-" + id + "]").click();
        browser.awaitText("[data-test=outbox-state-" + id + "]", "待发送");
        assertThat(jdbc.sql("select state from outbound_message where id = :id").param("id", id).query(String.class)
                .single()).isIn("PENDING", "SENT");

        browser.open("/admin/outbox");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Message delivery log");
        assertNoChinese("the English delivery log");
        browser.screenshot("outbox-en");
        jdbc.sql("delete from outbound_message where id = :id").param("id", id).update();
    }

    @Test
    void anAdministratorIsToldOfAnUnknownPlaceholderAndSavesAGoodTemplate() throws IOException {
        signIn(browser, "admin", "/admin/templates");
        browser.await("[data-test=template-editor]");
        browser.awaitText("[data-test=template-preview]", "BX-20261126-0001");
        browser.await("[data-test=template-body]").sendKeys(" {endsOn}");
        browser.await("[data-test=template-save]").click();
        browser.awaitText("[role=alert]", "endsOn");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the template editor").isEmpty();
        browser.screenshot("templates-zh");
        try {
            browser.script("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'))",
                    browser.await("[data-test=template-body]"));
            browser.await("[data-test=template-body]").sendKeys("您好 {customer}，工单 {number} 已受理。");
            browser.await("[data-test=template-save]").click();
            browser.awaitText("[data-test=template-custom]", "已修改");
            browser.awaitText("[data-test=template-preview]", "您好 张先生，工单 BX-20261126-0001 已受理。");
        } finally {
            api.as("admin").delete("/api/v1/message-templates/REQUEST_RECEIVED/zh-CN");
        }
        browser.open("/admin/templates");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Message templates");
        browser.script("arguments[0].click()", browser.all(".el-radio-button__original-radio").get(1));
        browser.awaitText("[data-test=template-preview]", "Dear Mr Zhang");
        assertNoChinese("the English template editor");
        browser.screenshot("templates-en");
    }

    @Test
    void anOwnerOptsOutOfTextMessagesOnAPhone() throws IOException {
        browser.viewport(390, 844, true);
        signIn(browser, "owner", "/m/me");
        browser.await("[data-test=contact-preferences]");
        browser.awaitText("[data-test=contact-preferences]", "短信");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the owner's channels").isEmpty();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.await("[data-test=contact-SMS]"));
        browser.await("[data-test=contact-SMS]").click();
        browser.await("[data-test=contact-saved]");
        Map<?, ?> sms = api.as("owner").get("/api/v1/me/contact-preferences").json().get("channels").valueStream()
                .filter(c -> "SMS".equals(c.get("channel").asString()))
                .map(c -> Map.of("enabled", c.get("enabled").asBoolean())).findFirst().orElseThrow();
        assertThat(sms.get("enabled")).isEqualTo(false);
        browser.screenshot("portal-contact-zh");
        api.as("owner").put("/api/v1/me/contact-preferences", Map.of("channels", Map.of("SMS", true)));
    }
}
