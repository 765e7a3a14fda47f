package com.estatecare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every browser test class of the two web apps shares (each is also an {@code @EstateCareTest}): the
 * front-end build is there, each test starts in a fresh browser — signed out, in Chinese, at desktop size or
 * at phone size ({@link #phone()}) — no one-time codes or sign-in failures are left behind for the next class
 * on this application, and the interface's text can be checked for words of the other language.
 */
public abstract class ScreenTest {

    /** A CJK ideograph, or CJK punctuation and full-width forms. */
    public static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

    /**
     * An untranslated message key as a page would show it, e.g. {@code requests.title}: the top-level
     * namespaces of both apps' messages.
     */
    public static final Pattern RAW_KEY = Pattern.compile("\\b(common|app|signIn|menu|user|requests|detail|inbox|"
            + "notFound|status|kind|category|channel|role|action|step|visibility|notification|tabs|me|admin|work|"
            + "queues|dispatch|myDay|intake|dashboard|fines|consultations|specialReports|customers|drill|report|follow|registry|"
            + "org|staff|tokens|audit|callBack|revisits|warranty|warrantyState|warrantyGroup|delivery|careGuide|campaigns|cases|knowledge|defects|webhooks|channels|outbox|templates|contact|hotline|surveys|assessment|rights|privacy|rightsScreen|triage|wechat|security|walk|checklist|deliverySite|mailboxes|club|sales|purchase|merchants|magazine|clubJoin|activities|plans|activityList)"
            + "\\.[A-Za-z_.]+");

    protected static Browser browser;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Api api;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void theAppWasBuilt() {
        assumeThat(Boolean.getBoolean("frontend.skip")).as("-Dfrontend.skip: no front end was built").isFalse();
        assertThat(ScreenTest.class.getResource("/static/index.html"))
                .as("static/index.html: the front-end build (frontend/build.sh, run by Maven) did not run").isNotNull();
        assertThat(ScreenTest.class.getResource("/static/m/index.html"))
                .as("static/m/index.html: the front-end build did not build the portal").isNotNull();
    }

    /** The portal's tests see a phone (390×844, touch); the workbench's a desktop (1280×800). */
    protected boolean phone() {
        return false;
    }

    @BeforeEach
    void aFreshBrowser() throws IOException {
        if (browser == null) {
            browser = Browser.start(port);
        }
        browser.throttle(null).viewport(phone() ? 390 : 1280, phone() ? 844 : 800, phone()).forgetEverything();
        browser.contentSecurityPolicyViolations();
    }

    /** Other test classes share this application and its address: no codes or sign-in failures left behind. */
    @AfterEach
    void forgetCodesAndFailures() {
        jdbc.sql("delete from portal_code").update();
        jdbc.sql("delete from login_throttle").update();
    }

    @AfterAll
    static void closeTheBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /**
     * {@code username} (password {@code demo}) signed in through the API and {@code path} opened: for the tests
     * of a screen; the sign-in form has tests of its own ({@code WebAppTests}, {@code AdminScreenTests}).
     */
    protected void signIn(Browser into, String username, String path) {
        into.signedIn(session(username)).open(path);
    }

    /** A session of {@code username} (password {@code demo}), opened through the API. */
    protected Session session(String username) {
        return Session.signIn(api, username);
    }

    /**
     * The page's interface (without what people wrote: names, reasons, descriptions are marked
     * {@code translate="no"}) shows no Chinese, and no untranslated message key.
     */
    protected static void assertNoChinese(String where) {
        String text = browser.interfaceText();
        Matcher chinese = CHINESE.matcher(text);
        assertThat(chinese.find() ? chinese.group() + " in: " + text : null).as(where + " shows Chinese").isNull();
        assertThat(text).as(where).doesNotContainPattern(RAW_KEY);
    }
}
