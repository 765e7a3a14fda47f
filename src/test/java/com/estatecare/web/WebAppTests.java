package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.estatecare.support.Api;
import com.estatecare.support.CustomerPhones;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The staff workbench at {@code /} and the owner portal at {@code /m}, built by
 * Maven from {@code frontend/} into the application's static resources, in
 * Debian's headless Chromium: signing in, the request list and detail in both
 * languages, the owner's own requests, and axe-core on each screen.
 */
@EstateCareTest
class WebAppTests extends ScreenTest {

    /** An untranslated vue-i18n key as the page would show it, e.g. {@code requests.title}. */

    /** The six-digit code in a text message of the development outbox. */
    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");


    @Test
    void agentSignsInInChineseSeesTheListAndADetailThenSwitchesToEnglish() throws IOException {
        browser.open("/requests");
        browser.awaitPath("/sign-in");
        browser.await("#username");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the sign-in screen").isEmpty();
        browser.screenshot("workbench-sign-in-zh");

        signIn("agent");
        browser.awaitPath("/requests");
        browser.await("[data-test=request-table] .el-table__row");
        assertThat(browser.all("[data-test=request-table] .el-table__row")).hasSizeGreaterThan(10);
        assertThat(browser.all("[data-test=menu-requests]")).hasSize(1);
        assertThat(browser.interfaceText()).contains("工单列表", "受理时间").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the request list").isEmpty();
        browser.screenshot("workbench-list-zh");

        browser.all("[data-test=request-table] .el-table__row a.number").get(0).click();
        browser.await("[data-test=timeline] .el-timeline-item");
        assertThat(browser.currentPath()).matches("/requests/\\d+");
        assertThat(browser.interfaceText()).contains("处理记录", "我现在可执行的操作").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the request detail").isEmpty();
        browser.screenshot("workbench-detail-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=timeline-heading]", "Timeline");
        assertNoChinese("the English request detail");
        browser.screenshot("workbench-detail-en");
        browser.await("[data-test=menu-requests]").click();
        browser.await("[data-test=request-table] .el-table__row");
        browser.awaitText("h1", "Requests");
        assertNoChinese("the English request list");
        browser.screenshot("workbench-list-en");

        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    @Test
    void signInFailsWithTheServersProblemInTheChosenLanguageAndEnglishIsRemembered() throws IOException {
        browser.open("/sign-in").await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Sign in");
        browser.await("#username").sendKeys("agent");
        browser.await("#password").sendKeys("wrong password");
        browser.await("button[type=submit]").click();
        browser.await("[role=alert]");
        assertNoChinese("the English sign-in with a refused password");
        browser.screenshot("workbench-sign-in-en");

        browser.open("/sign-in").awaitText("h1", "Sign in");
        signIn("agent");
        browser.await("[data-test=request-table] .el-table__row");
        assertNoChinese("the request list after signing in again on this device");
    }

    @Test
    void anUnknownRequestShowsTheNotFoundScreenAndTheInboxItsBadge() {
        browser.open("/sign-in");
        signIn("manager");
        browser.await("[data-test=request-table] .el-table__row");
        browser.open("/requests/987654321");
        browser.await("[data-test=not-found]");

        browser.await("[data-test=menu-inbox]").click();
        browser.awaitPath("/inbox");
        browser.await("[data-test=inbox-table]");
        long unread = api.as("manager").get("/api/v1/me/inbox/unread-count").json().get("count").asLong();
        if (unread > 0) {
            browser.awaitText("[data-test=inbox-badge] .el-badge__content", Long.toString(Math.min(unread, 99)));
            browser.await("[data-test=mark-read]").click();
            browser.awaitText("[data-test=inbox-badge]", Long.toString(Math.min(unread - 1, 99)));
        }
        assertThat(browser.interfaceText()).doesNotContainPattern(RAW_KEY);
    }

    @Test
    void ownerSignsInOnTheirPhoneWithACodeByTextMessageAfterAWrongOneIsRefusedInTheirLanguage() throws IOException {
        String phone = phoneOf("owner");
        String firstNumber = api.as("owner").get("/api/v1/requests?awaitingMe=false&limit=1").json().get("items").get(0)
                .get("number").asString();
        browser.viewport(390, 844, true);

        browser.open("/m/");
        browser.awaitPath("/m/sign-in");
        WebElement phoneField = browser.await("#phone");
        assertThat(phoneField.getDomAttribute("inputmode")).isEqualTo("tel");
        assertThat(phoneField.getDomAttribute("type")).isEqualTo("tel");
        WebElement codeField = browser.await("#code");
        assertThat(codeField.getDomAttribute("inputmode")).isEqualTo("numeric");
        assertThat(codeField.getDomAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(browser.interfaceText()).contains("手机号", "获取验证码").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the portal's sign-in").isEmpty();
        browser.screenshot("portal-sign-in-zh");

        String code = askForACode(phone);
        browser.awaitText("[data-test=send-code]", "秒后重发");
        assertThat(browser.await("[data-test=send-code]").isEnabled()).as("no second code before the countdown ends")
                .isFalse();
        browser.awaitText("[data-test=code-sent]", phone.substring(0, 3) + "****" + phone.substring(7));
        String wrong = code.equals("000000") ? "000001" : "000000";
        enterCode(wrong);
        browser.awaitText("[data-test=sign-in-problem]", "验证码不正确");
        assertThat(browser.currentPath()).isEqualTo("/m/sign-in");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the refused code").isEmpty();
        browser.screenshot("portal-sign-in-wrong-code-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Owner sign-in");
        enterCode(wrong);
        browser.awaitText("[data-test=sign-in-problem]", "The code is wrong");
        assertNoChinese("the English sign-in with a refused code");
        browser.screenshot("portal-sign-in-en");

        enterCode(code);
        browser.awaitText("[data-test=my-requests]", firstNumber);
        assertThat(browser.currentPath()).isEqualTo("/m/requests");
        assertNoChinese("the owner's requests in English");
        assertThat(api.as("agent").get("/api/v1/dev/outbox", Map.of("phone", phone)).body())
                .as("the outbox masks the number").doesNotContain(phone);
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    @Test
    void anOwnerInTwoCompaniesChoosesOneAfterTheCodeAndAResendTooSoonShowsTheWait() {
        String shared = "19912340002";
        Map<String, String> before = Map.of("owner", phoneOf("owner"), "hz-owner", phoneOf("hz-owner"));
        String hangzhouNumber = api.as("hz-owner").get("/api/v1/requests?limit=1").json().get("items").get(0)
                .get("number").asString();
        try {
            before.keySet().forEach(user -> setPhoneOf(user, shared));
            browser.viewport(390, 844, true);
            browser.open("/m/sign-in");
            String code = askForACode(shared);

            browser.open("/m/sign-in");
            browser.await("#phone").sendKeys(shared);
            browser.await("[data-test=send-code]").click();
            browser.awaitText("[data-test=sign-in-problem]", "秒后重新获取");
            browser.awaitText("[data-test=send-code]", "秒后重发");
            assertThat(browser.await("[data-test=send-code]").isEnabled()).as("the 429's wait counts down").isFalse();

            enterCode(code);
            browser.await("[data-test=choose-company]");
            assertThat(browser.all("[data-test=company]")).hasSize(2);
            browser.all("[data-test=company]").get(1).click();
            browser.awaitText("[data-test=my-requests]", hangzhouNumber);
        } finally {
            before.forEach(this::setPhoneOf);
        }
    }

    @Test
    void ownerSeesTheirRequestsOnTheirPhoneButNotAnotherOwnersByUrl() throws IOException {
        String firstNumber = api.as("owner").get("/api/v1/requests?awaitingMe=false&limit=1").json().get("items").get(0)
                .get("number").asString();
        long someoneElses = api.as("hz-owner").get("/api/v1/requests?limit=1").json().get("items").get(0).get("id")
                .asLong();
        browser.viewport(390, 844, true);

        browser.open("/m/");
        browser.awaitPath("/m/sign-in");
        browser.await("[data-test=sign-in-other-way]").click();
        browser.await("#username");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the portal's password sign-in").isEmpty();
        signIn("owner");
        browser.awaitText("[data-test=my-requests]", firstNumber);
        assertThat(browser.interfaceText()).contains("我的报事").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the owner's requests").isEmpty();
        browser.screenshot("portal-requests-zh");

        // the first row may sit under the tab bar at the foot of the phone's screen
        WebElement firstRequest = browser.all("[data-test=my-requests] .van-cell").get(0);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", firstRequest);
        firstRequest.click();
        browser.await("[data-test=request]");
        browser.awaitText("[data-test=request]", firstNumber);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the owner's request").isEmpty();
        browser.screenshot("portal-detail-zh");

        browser.open("/m/requests/" + someoneElses);
        browser.await("[data-test=not-found]");
        assertThat(browser.interfaceText()).contains("不属于您");
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    @Test
    void theJarServesBothAppsWithHistoryRoutesAndCachesOnlyHashedAssets() {
        Api.Response root = api.anonymous().get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body()).contains("<div id=\"app\"></div>", "EstateCare 客服工作台");
        assertThat(root.header("Cache-Control")).contains("no-cache");
        assertThat(api.anonymous().get("/requests/42").body()).isEqualTo(root.body());

        Api.Response portal = api.anonymous().get("/m");
        assertThat(portal.status()).isEqualTo(200);
        assertThat(portal.body()).contains("EstateCare 业主服务");
        assertThat(api.anonymous().get("/m/").body()).isEqualTo(portal.body());
        assertThat(api.anonymous().get("/m/requests/7").body()).isEqualTo(portal.body());

        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(root.body());
        assertThat(script.find()).as(root.body()).isTrue();
        Api.Response asset = api.anonymous().get(script.group(1));
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.header("Cache-Control")).contains("max-age=31536000", "immutable");

        for (String notARoute : new String[] { "/assets/missing-0000.js", "/m/missing.css", "/favicon.ico",
                "/api/v1/no-such-thing", "/actuator/no-such-thing", "/v3/no-such-thing" }) {
            Api.Response missing = api.as("admin").get(notARoute);
            assertThat(missing.status()).as(notARoute).isIn(403, 404);
            assertThat(missing.body()).as(notARoute).doesNotContain("<div id=\"app\">");
        }
        assertThat(api.anonymous().get("/assets/missing-0000.js").header("Content-Type"))
                .contains("application/problem+json");
        assertThat(api.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void theAppsCallsGetNoBasicChallengeWhichWouldOpenTheBrowsersPasswordDialog() {
        Api.Response apiClient = api.anonymous().get("/api/v1/me");
        Api.Response app = api.anonymous().header("X-Requested-With", "XMLHttpRequest").get("/api/v1/me");

        assertThat(apiClient.status()).isEqualTo(401);
        assertThat(apiClient.header("WWW-Authenticate")).isEqualTo("Basic realm=\"EstateCare\"");
        assertThat(app.status()).isEqualTo(401);
        assertThat(app.header("WWW-Authenticate")).isNull();
        assertThat(app.header("Content-Type")).contains("application/problem+json");
    }

    /** Asks for a code in the portal, and reads it as the owner would, from the text message (the dev outbox). */
    private String askForACode(String phone) {
        browser.await("#phone").sendKeys(phone);
        browser.await("[data-test=send-code]").click();
        browser.await("[data-test=code-sent]");
        Api.Response outbox = api.as("agent").get("/api/v1/dev/outbox", Map.of("phone", phone, "limit", "1"));
        assertThat(outbox.status()).as(outbox.body()).isEqualTo(200);
        assertThat(outbox.json()).as("a text message to " + phone).hasSize(1);
        Matcher code = CODE.matcher(outbox.json().get(0).get("text").asString());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private void enterCode(String code) {
        WebElement field = browser.await("#code");
        while (!field.getDomProperty("value").isEmpty()) {
            field.sendKeys(Keys.BACK_SPACE);
        }
        field.sendKeys(code);
        browser.await("[data-test=sign-in]").click();
    }

    private String phoneOf(String username) {
        return CustomerPhones.phoneOf(jdbc, username);
    }

    private void setPhoneOf(String username, String phone) {
        CustomerPhones.setPhoneOf(jdbc, username, phone);
    }

    private void signIn(String username) {
        browser.await("#username").sendKeys(username);
        browser.await("#password").sendKeys("demo");
        browser.await("button[type=submit]").click();
    }

}
