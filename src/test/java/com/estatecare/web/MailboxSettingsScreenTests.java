package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import tools.jackson.databind.JsonNode;

/**
 * The mailbox settings (邮箱设置, {@code /admin/mailboxes}) in Chromium: an administrator sees the company's saved
 * mailbox without its password, saves it again (the password kept) and tests the connection against a mail server
 * on the loopback (GreenMail); in both languages, checked by axe-core.
 */
@EstateCareTest
class MailboxSettingsScreenTests extends ScreenTest {

    private static final int IMAP_PORT = freePort();
    private static final String PASSWORD = "secret-screen-9";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(IMAP_PORT, "127.0.0.1", "imap"))
            .withPerMethodLifecycle(false);

    @Test
    void anAdministratorSavesTheMailboxWithoutSeeingItsPasswordAndTestsTheConnection() throws IOException {
        MAIL.setUser("kefu-screen@estatecare.test", "kefu-screen", PASSWORD);
        long company = firstCompany();
        Api.Response set = api.as("admin").put("/api/v1/mailboxes/" + company, Map.of("host", "127.0.0.1",
                "port", IMAP_PORT, "security", "NONE", "username", "kefu-screen", "password", PASSWORD));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        signIn(browser, "admin", "/admin/mailboxes");
        browser.awaitScript("const host = document.querySelector('#mailbox-host');"
                + " return host !== null && host.value === '127.0.0.1'");
        assertThat(browser.await("#mailbox-password").getAttribute("value")).isEmpty();
        assertThat(browser.await("#mailbox-password").getAttribute("placeholder")).isEqualTo("已设置，留空则不变");
        browser.tap("[data-test=mailbox-save]");
        browser.awaitText("[data-test=mailbox-saved]", "已保存");
        browser.tap("[data-test=mailbox-test]");
        browser.awaitText("[data-test=mailbox-check]", "连接成功");
        assertThat((String) browser.script("return document.documentElement.outerHTML")).doesNotContain(PASSWORD);
        assertThat(browser.interfaceText()).contains("邮箱设置").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the mailbox settings").isEmpty();
        browser.screenshot("workbench-mailboxes-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Mailbox settings");
        browser.tap("[data-test=mailbox-test]");
        browser.awaitText("[data-test=mailbox-check]", "Connected");
        assertNoChinese("the English mailbox settings");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English mailbox settings").isEmpty();
        browser.screenshot("workbench-mailboxes-en");
        JsonNode saved = api.as("admin").get("/api/v1/mailboxes").json();
        assertThat(saved.toString()).doesNotContain(PASSWORD).contains("\"passwordSet\":true");
    }

    /** The company the screen opens with: the first company node the administrator's tree lists. */
    private long firstCompany() {
        for (JsonNode node : api.as("admin").get("/api/v1/org-nodes").json()) {
            if ("COMPANY".equals(node.get("kind").asString())) {
                return node.get("id").asLong();
            }
        }
        throw new AssertionError("the administrator sees no company");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
