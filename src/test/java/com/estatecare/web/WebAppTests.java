package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.estatecare.support.Api;
import com.estatecare.support.Browser;
import com.estatecare.support.EstateCareTest;

/**
 * The staff workbench at {@code /} and the owner portal at {@code /m}, built by
 * Maven from {@code frontend/} into the application's static resources, in
 * Debian's headless Chromium: signing in, the request list and detail in both
 * languages, the owner's own requests, and axe-core on each screen.
 */
@EstateCareTest
class WebAppTests {

    /** A CJK ideograph, or CJK punctuation and full-width forms. */
    static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");
    /** An untranslated vue-i18n key as the page would show it, e.g. {@code requests.title}. */
    static final Pattern RAW_KEY = Pattern.compile("\\b(common|app|signIn|menu|user|requests|detail|inbox|notFound|"
            + "status|kind|category|channel|role|action|step|visibility|notification|tabs|me)\\.[A-Za-z_]+");

    static Browser browser;

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @BeforeAll
    static void theAppWasBuilt() {
        assumeThat(Boolean.getBoolean("frontend.skip")).as("-Dfrontend.skip: no front end was built").isFalse();
        assertThat(WebAppTests.class.getResource("/static/index.html"))
                .as("static/index.html: the front-end build (frontend/build.sh, run by Maven) did not run").isNotNull();
    }

    @BeforeEach
    void aFreshBrowser() throws IOException {
        if (browser == null) {
            browser = Browser.start(port);
        }
        browser.viewport(1280, 800, false).forgetEverything();
        browser.contentSecurityPolicyViolations();
    }

    @AfterAll
    static void closeTheBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

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
    void ownerSeesTheirRequestsOnTheirPhoneButNotAnotherOwnersByUrl() throws IOException {
        String firstNumber = api.as("owner").get("/api/v1/requests?limit=1").json().get("items").get(0).get("number")
                .asString();
        long someoneElses = api.as("hz-owner").get("/api/v1/requests?limit=1").json().get("items").get(0).get("id")
                .asLong();
        browser.viewport(390, 844, true);

        browser.open("/m/");
        browser.awaitPath("/m/sign-in");
        browser.await("#username");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the portal's sign-in").isEmpty();
        signIn("owner");
        browser.awaitText("[data-test=my-requests]", firstNumber);
        assertThat(browser.interfaceText()).contains("我的报事").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the owner's requests").isEmpty();
        browser.screenshot("portal-requests-zh");

        browser.all("[data-test=my-requests] .van-cell").get(0).click();
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

    private void signIn(String username) {
        browser.await("#username").sendKeys(username);
        browser.await("#password").sendKeys("demo");
        browser.await("button[type=submit]").click();
    }

    private void assertNoChinese(String where) {
        String text = browser.interfaceText();
        Matcher chinese = CHINESE.matcher(text);
        assertThat(chinese.find() ? chinese.group() + " in: " + text : null).as(where + " shows Chinese").isNull();
        assertThat(text).as(where).doesNotContainPattern(RAW_KEY);
    }

}
