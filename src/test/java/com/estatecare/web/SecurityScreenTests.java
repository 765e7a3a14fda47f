package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.SignInTraces;
import com.estatecare.support.Totp;

/**
 * The 账号安全 page and the sign-in's second step in Chromium: a staff member turns on the second factor by scanning
 * (here: reading) the secret, keeps the recovery codes, sees their sessions, signs out, and signs in again with
 * password and code; both languages, axe-core, no CSP violation.
 */
@EstateCareTest
class SecurityScreenTests extends ScreenTest {

    private static final String PASSWORD = "Lantern-Orchid-57";

    @Autowired
    MutableClock clock;

    @RegisterExtension
    final SignInTraces traces = SignInTraces.forgetting("login_throttle");

    @Test
    void staffMemberTurnsOnTheSecondFactorAndSignsInWithPasswordAndCode() throws IOException {
        String username = "sec-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long node = api.as("admin").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals("SH")).findFirst().orElseThrow().get("id").asLong();
        Api.Response created = api.as("admin").post("/api/v1/accounts", Map.of("username", username, "password",
                PASSWORD, "displayName", "安全 " + username, "orgNodeId", node, "roles", List.of("AGENT")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        signInByForm(username);
        browser.await("[data-test=menu-requests]");
        browser.awaitPath("/requests");
        browser.await("[data-test=my-security]").click();
        browser.awaitPath("/me/security");
        browser.awaitText("[data-test=totp-status]", "未启用");
        browser.await("[data-test=session-current]");
        browser.await("[data-test=totp-enable]").click();
        browser.await("[data-test=totp-qr] path");
        String secret = browser.await("[data-test=totp-secret]").getText().replace(" ", "");
        browser.await("[data-test=totp-code]").sendKeys(Totp.code(secret, clock.instant()));
        browser.await("[data-test=totp-confirm]").click();
        browser.await("[data-test=recovery-codes] li");
        assertThat(browser.all("[data-test=recovery-codes] li")).hasSize(10);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the security page").isEmpty();
        browser.screenshot("security-zh");
        browser.await("[data-test=recovery-done]").click();
        browser.awaitText("[data-test=totp-status]", "已启用");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Account security");
        assertNoChinese("the English security page");
        browser.screenshot("security-en");
        browser.await(".locale-switch button[lang=zh-CN]").click();
        browser.awaitText("h1", "账号安全");

        browser.await("[data-test=sign-out]").click();
        browser.awaitPath("/sign-in");
        clock.advance(Duration.ofSeconds(30));
        signInByForm(username);
        browser.await("[data-test=second-factor-code]").sendKeys(Totp.code(secret, clock.instant()));
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the second step").isEmpty();
        browser.screenshot("sign-in-second-factor-zh");
        browser.await("[data-test=second-factor-submit]").click();
        browser.await("[data-test=menu-requests]");
        browser.awaitPath("/requests");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    private void signInByForm(String username) {
        browser.open("/sign-in");
        browser.await("#username").sendKeys(username);
        browser.await("#password").sendKeys(PASSWORD);
        browser.await("button[type=submit]").click();
    }
}
