package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.inbound.Triage;
import com.estatecare.inbound.TriageArrival;
import com.estatecare.inbound.TriageChannel;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * The WeChat screens in Chromium: the official-account settings (公众号设置, {@code /admin/wechat}) with the key
 * masked and never in the page, a malformed AppID refused before the server is asked; the failed media downloads
 * (媒体下载失败, {@code /wechat-media}) with their reason and a "retry now" that fetches the picture through the
 * company's relay (a local HTTP server) into the triage item; and the triage list showing a WeChat picture and
 * making a request of it for a chosen customer and unit. In both languages, checked by axe-core.
 */
@EstateCareTest
class WechatScreenTests extends ScreenTest {

    private static final String APP_ID = "wx5afe0de7e57005c7";
    private static final String AES_KEY = "Sc7Qm2Vb9Lc4Np8Rt1Wy6Za3Ed5Fg0Hj2Ks7Mn4Tz8W";
    private static final String TOKEN = "ScreenToken2026";
    private static final byte[] PNG = png();
    private static final HttpServer RELAY = relay();

    @Autowired
    Triage triage;

    @AfterAll
    static void stopRelay() {
        RELAY.stop(0);
    }

    @Test
    void anAdministratorSetsTheOfficialAccountWithTheKeyMaskedAndAMalformedAppIdRefused() throws IOException {
        long company = firstCompany();
        Api.Response set = api.as("admin").put("/api/v1/inbound/wechat-accounts/" + company, Map.of("accountId",
                "gh_screen", "token", TOKEN, "mode", "SAFE", "appId", APP_ID, "encodingAesKey", AES_KEY));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        signIn(browser, "admin", "/admin/wechat");
        browser.awaitScript("const a = document.querySelector('#wechat-account');"
                + " return a !== null && a.value === 'gh_screen'");
        assertThat(browser.await("#wechat-key").getAttribute("value")).isEmpty();
        assertThat(browser.await("#wechat-key").getAttribute("placeholder")).contains("Tz8W").doesNotContain("Sc7Q");
        assertThat(browser.await("#wechat-token").getAttribute("placeholder")).isEqualTo("已设置，留空则不变");
        assertThat(browser.await("[data-test=wechat-callback]").getText()).endsWith("/api/v1/inbound/wechat/" + company);

        WebElement app = browser.await("#wechat-app");
        app.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "wx<script>");
        browser.tap("[data-test=wechat-save]");
        browser.awaitText("[data-test=wechat-form]", "AppID 为 wx 加 16 位十六进制字符");
        app.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, APP_ID);
        browser.await("#wechat-relay").sendKeys("http://127.0.0.1:" + RELAY.getAddress().getPort() + "/media");
        browser.tap("[data-test=wechat-save]");
        browser.awaitText("[data-test=wechat-saved]", "已保存");
        JsonNode saved = api.as("admin").get("/api/v1/inbound/wechat-accounts/" + company).json();
        assertThat(saved.get("mode").asString()).isEqualTo("SAFE");
        assertThat(saved.get("relayUrl").asString()).endsWith("/media");
        assertThat(saved.toString()).doesNotContain(AES_KEY, TOKEN);
        assertThat((String) browser.script("return document.documentElement.outerHTML")).doesNotContain(AES_KEY, TOKEN);
        assertThat(browser.interfaceText()).contains("公众号设置").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the WeChat settings").isEmpty();
        browser.screenshot("workbench-wechat-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "WeChat account");
        assertNoChinese("the English WeChat settings");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English WeChat settings").isEmpty();
        browser.screenshot("workbench-wechat-en");
    }

    @Test
    void aManagerSeesAFailedMediaDownloadWithItsReasonAndRetriesItIntoTheTriageItem() throws IOException {
        long company = api.as("manager").get("/api/v1/me").json().get("companyId").asLong();
        api.as("admin").put("/api/v1/inbound/wechat-accounts/" + company, Map.of("accountId", "gh_screen", "token",
                TOKEN, "mode", "PLAIN", "relayUrl", "http://127.0.0.1:" + RELAY.getAddress().getPort() + "/media"));
        JsonNode manager = api.as("manager").get("/api/v1/me").json();
        String key = "screen-" + UUID.randomUUID();
        long item = triage.hold(new TriageArrival(manager.get("companyId").asLong(), manager.get("scopePath")
                .asString(), TriageChannel.WECHAT, "wechat-" + key, "oWx_screen_sender", "oWx_****nder", null, null,
                "[image]", "UNKNOWN_SENDER", Instant.parse("2026-11-24T01:00:00Z"), List.of()));
        long message = failedDownload(manager, key, item);

        signIn(browser, "manager", "/wechat-media");
        browser.awaitText("[data-test=media-reason-" + message + "]", "未配置媒体中转服务");
        assertThat(browser.await("[data-test=media-state-" + message + "]").getText()).isEqualTo("已放弃");
        assertThat(browser.await("[data-test=media-attempts-" + message + "]").getText()).isEqualTo("8");
        assertThat(browser.await("[data-test=media-table]").getText()).contains("oWx_****nder")
                .doesNotContain("oWx_screen_sender");
        assertThat(browser.interfaceText()).contains("媒体下载失败").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the failed media").isEmpty();
        browser.screenshot("workbench-wechat-media-zh");

        browser.tap("[data-test=media-retry-" + message + "]");
        browser.awaitText("[data-test=media-state-" + message + "]", "已下载");
        assertThat(api.as("agent").get("/api/v1/triage/" + item).json().get("item").get("attachments"))
                .singleElement().satisfies(f -> assertThat(f.get("contentType").asString()).isEqualTo("image/png"));

        browser.awaitScript("return document.querySelector('.el-message') === null");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Failed media downloads");
        assertNoChinese("the English failed media");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English failed media").isEmpty();
        browser.screenshot("workbench-wechat-media-en");
    }

    @Test
    void anAgentSeesAWechatPictureInTriageAndMakesARequestOfItForAChosenCustomerAndUnit() throws IOException {
        JsonNode agent = api.as("agent").get("/api/v1/me").json();
        JsonNode unit = api.as("agent").get("/api/v1/units", Map.of("limit", 1)).json().get("items").get(0);
        String name = "微信业主" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = api.as("agent").post("/api/v1/customers", Map.of("name", name, "kind", "NEW_OWNER",
                "grade", "STANDARD", "projectId", unit.get("projectId").asLong()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long customer = created.json().get("id").asLong();
        assertThat(api.as("agent").post("/api/v1/customers/" + customer + "/ownerships",
                Map.of("unitId", unit.get("id").asLong(), "role", "OWNER")).status()).isEqualTo(201);
        long item = triage.hold(new TriageArrival(agent.get("companyId").asLong(), agent.get("scopePath").asString(),
                TriageChannel.WECHAT, "wechat-screen-" + UUID.randomUUID(), "oWx_picture_sender", "oWx_****nder",
                null, null, "[image]", "UNKNOWN_SENDER", Instant.parse("2026-11-24T01:30:00Z"),
                List.of(new TriageArrival.File("wechat-image-1.png", "image/png", PNG))));

        signIn(browser, "agent", "/triage");
        browser.await("[data-test=triage-request-" + item + "]");
        browser.awaitScript("const img = document.querySelector('[data-test^=triage-picture-]');"
                + " return img !== null && img.complete && img.naturalWidth > 0");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the triage list with a picture").isEmpty();
        browser.screenshot("workbench-triage-wechat-zh");

        browser.tap("[data-test=triage-request-" + item + "]");
        WebElement search = browser.await("#triage-customer");
        search.click();
        search.sendKeys(name);
        browser.awaitScript("""
                const option = [...document.querySelectorAll('.el-select-dropdown__item')]
                    .find(e => e.offsetParent !== null && e.textContent.includes(arguments[0]));
                if (option) option.click();
                return !!option;""", name);
        // the customer's one unit is chosen for the agent
        browser.awaitScript("const u = document.querySelector('[data-test=triage-unit]');"
                + " return u !== null && u.textContent.trim().length > 0 && !u.textContent.includes('没有房屋')"
                + " && !u.textContent.includes('不指定房屋')");
        browser.tap("[data-test=triage-confirm]");
        browser.awaitText("[data-test=triage-state-" + item + "]", "已建单");
        long request = api.as("agent").get("/api/v1/triage/" + item).json().get("item").get("requestId").asLong();
        JsonNode made = api.as("agent").get("/api/v1/requests/" + request).json();
        assertThat(made.get("channel").asString()).isEqualTo("WECHAT");
        assertThat(made.get("unitId").asLong()).isEqualTo(unit.get("id").asLong());
        assertThat(api.as("agent").get("/api/v1/requests/" + request + "/attachments").json().valueStream()
                .map(a -> a.get("filename").asString())).containsExactly("wechat-image-1.png");
    }

    /** A triaged WeChat picture whose download was given up: the relay was not configured then. */
    private long failedDownload(JsonNode staff, String key, long item) {
        return jdbc.sql("""
                insert into wechat_message (company_id, scope_path, msg_key, msg_type, sender_masked, sender_index,
                    outcome, media_id, sent_at, received_at, triage_id, media_state, media_attempts, media_error)
                values (:company, :scope, :key, 'image', 'oWx_****nder', :key, 'TRIAGE', :media, :at, :at, :item,
                    'FAILED', 8, 'no-relay') returning id""")
                .param("company", staff.get("companyId").asLong()).param("scope", staff.get("scopePath").asString())
                .param("key", key).param("media", "img-" + key).param("at", Timestamp.from(Instant.parse(
                        "2026-11-24T01:00:00Z")))
                .param("item", item).query(Long.class).single();
    }

    private long firstCompany() {
        for (JsonNode node : api.as("admin").get("/api/v1/org-nodes").json()) {
            if ("COMPANY".equals(node.get("kind").asString())) {
                return node.get("id").asLong();
            }
        }
        throw new AssertionError("the administrator sees no company");
    }

    /** A relay on the loopback that answers every media id with a small picture. */
    private static HttpServer relay() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/media", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, PNG.length);
                exchange.getResponseBody().write(PNG);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1×1 PNG a browser draws. */
    private static byte[] png() {
        return java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                + "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }
}
