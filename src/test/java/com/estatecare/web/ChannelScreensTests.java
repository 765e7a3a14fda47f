package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The inbound channels' screens in Chromium: the call centre's screen pop (来电弹屏) opens an agent's intake with the
 * caller's customer already found and taken, and an administrator subscribes a webhook at {@code /admin/webhooks},
 * sees its secret once and reads its delivery log, in both languages.
 */
@EstateCareTest
class ChannelScreensTests extends ScreenTest {

    @Test
    void aCallFromTheCallCentreOpensTheAgentsIntakeWithTheCallerFound() throws IOException {
        long unit = jdbc.sql("""
                select u.id from unit u join project p on p.id = u.project_id
                where p.name = '翠湖苑' and not exists (select 1 from ownership o where o.unit_id = u.id)
                order by u.id desc limit 1""").query(Long.class).single();
        long project = jdbc.sql("select project_id from unit where id = :id").param("id", unit).query(Long.class)
                .single();
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Response customer = api.as("agent").post("/api/v1/customers", Map.of("name", "来电测试", "kind",
                "NEW_OWNER", "grade", "STANDARD", "phone", phone, "projectId", project));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        long customerId = customer.json().get("id").asLong();
        assertThat(api.as("agent").post("/api/v1/customers/" + customerId + "/ownerships",
                Map.of("unitId", unit, "role", "OWNER")).status()).isEqualTo(201);

        signIn(browser, "agent", "/queues");
        browser.await("[data-test=menu-intake]");
        Api.Response call = api.as("manager").post("/api/v1/inbound/calls", Map.of("callId",
                "cti-" + UUID.randomUUID(), "callerNumber", phone, "agent", "agent"));
        assertThat(call.status()).as(call.body()).isEqualTo(201);

        browser.awaitPath("/intake");
        browser.awaitText("[data-test=caller]", "来电测试");
        assertThat(browser.currentSearch()).contains("call=" + call.json().get("id").asLong());
        assertThat(browser.interfaceText()).contains("电话受理").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the popped-up intake").isEmpty();
        browser.screenshot("workbench-screen-pop-zh");
    }

    @Test
    void anAdministratorSubscribesAWebhookSeesTheSecretOnceAndReadsTheDeliveryLog() throws IOException {
        signIn(browser, "admin", "/admin/webhooks");
        browser.await("[data-test=webhook-form]");
        String url = "http://127.0.0.1:9/hook-" + UUID.randomUUID();
        browser.await("#webhook-url").sendKeys(url);
        browser.tap("[data-test=webhook-add]");
        browser.awaitText("[data-test=webhook-secret]", "whsec_");
        browser.awaitText("[data-test=webhook-table]", url);
        assertThat(browser.interfaceText()).contains("Webhook 订阅", "工单受理").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the webhooks screen").isEmpty();
        browser.screenshot("workbench-webhooks-zh");
        long id = api.as("admin").get("/api/v1/webhooks").json().valueStream()
                .filter(s -> url.equals(s.get("url").asString())).findFirst().orElseThrow().get("id").asLong();
        browser.tap("[data-test=webhook-log-" + id + "]");
        browser.await("[data-test=webhook-deliveries]");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Webhook subscriptions");
        assertThat(browser.interfaceText()).contains("Add subscription", "Request registered", "Deliveries")
                .doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English webhooks screen").isEmpty();
        browser.screenshot("workbench-webhooks-en");
        browser.forgetEverything();
        assertThat(api.as("admin").delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
    }
}
