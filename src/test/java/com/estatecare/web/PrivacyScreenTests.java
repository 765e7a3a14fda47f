package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The portal's privacy page (隐私与个人信息, {@code /m/privacy}) at phone size: the owner reaches it from 我的,
 * withdraws and gives a consent, finds the downloads of their data and asks for a correction, which shows with its
 * due day; the page in English. The requests the test made are refused afterwards, so that the owner has none open.
 */
@EstateCareTest
class PrivacyScreenTests extends ScreenTest {

    @Override
    protected boolean phone() {
        return true;
    }

    @AfterEach
    void refuseWhatTheOwnerAskedFor() {
        api.as("owner").get("/api/v1/rights-requests?state=OPEN").json().get("items").valueStream()
                .forEach(r -> api.as("manager").post("/api/v1/rights-requests/" + r.get("id").asLong() + "/decision",
                        Map.of("approve", false, "reason", "测试结束")));
    }

    @Test
    void anOwnerGivesAConsentAndAsksForACorrectionFromThePrivacyPage() throws IOException {
        refuseWhatTheOwnerAskedFor();
        signIn(browser, "owner", "/m/me");
        browser.await("[data-test=privacy-entry]").click();
        browser.awaitPath("/m/privacy");
        browser.await("[data-test=consent-CLUB]");
        assertThat(browser.await("[data-test=copy-xlsx]").getAttribute("href"))
                .endsWith("/api/v1/me/personal-data?format=xlsx");
        boolean clubBefore = club();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.await("[data-test=consent-CLUB]"));
        browser.await("[data-test=consent-CLUB]").click();
        browser.awaitScript("return arguments[0].getAttribute('aria-checked') === String(arguments[1])",
                browser.await("[data-test=consent-CLUB]"), !clubBefore);
        assertThat(club()).isEqualTo(!clubBefore);

        browser.await("[data-test=field-wechat]").click();
        browser.await("#rights-value").sendKeys("owner_wx_2026");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.await("[data-test=rights-submit]"));
        browser.await("[data-test=rights-submit]").click();
        browser.awaitText("[data-test=rights-submitted]", "答复期限");
        browser.awaitText("[data-test=rights-state]", "处理中");
        assertThat(browser.interfaceText()).contains("更正", "微信号").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the privacy page").isEmpty();
        browser.screenshot("portal-privacy-zh");
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    @Test
    void thePrivacyPageReadsInEnglishAndRefusesABadPhoneBeforeSending() throws IOException {
        signIn(browser, "owner", "/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=privacy-entry]").click();
        browser.awaitText("h2", "My consents");
        browser.await("[data-test=field-phone]").click();
        browser.await("#rights-value").sendKeys("12345");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.await("[data-test=rights-submit]"));
        browser.await("[data-test=rights-submit]").click();
        browser.awaitText("[data-test=rights-form]", "Enter a valid mobile number");
        assertThat(api.as("owner").get("/api/v1/rights-requests?state=OPEN").json().get("items").size()).isZero();
        browser.await("[data-test=kind-ERASURE]").click();
        browser.await("[data-test=erase-warning]");
        assertNoChinese("the English privacy page");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English privacy page").isEmpty();
        browser.screenshot("portal-privacy-en");
    }

    private boolean club() {
        return api.as("owner").get("/api/v1/customers/" + api.as("owner").get("/api/v1/me").json()
                .get("customerId").asLong() + "/consents").json().get("current").valueStream()
                .anyMatch(c -> c.get("purpose").asString().equals("CLUB") && c.get("granted").asBoolean());
    }
}
