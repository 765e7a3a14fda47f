package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.Browser;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.Session;
import com.estatecare.support.TestClockConfiguration;

/**
 * The workbench's queues (工作队列) in headless Chromium: a second browser's queue follows a colleague's take
 * over server-sent events without reloading, the breached queue shows its rows red within the render budget,
 * a saved view opens again, and the second company's staff see none of the first's rows.
 */
@EstateCareTest
class QueueScreenTests {

    /** A Monday, 10:00 in Shanghai: repairs registered then are long past their one-working-day limit. */
    static final Instant LONG_AGO = Instant.parse("2026-11-02T02:00:00Z");
    /** A Monday before any other test's clock (the retention tests register in 2019): the fifty repairs of the
     *  budget are the most overdue of the breached queue. */
    static final Instant LONGER_AGO = Instant.parse("2019-01-07T02:00:00Z");

    /** An untranslated key of this screen's messages or of the shared ones. */
    static final Pattern RAW_KEY = Pattern.compile(WebAppTests.RAW_KEY.pattern() + "|\\bqueues\\.[A-Za-z_.]+");

    static Browser first;
    static Browser second;

    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @BeforeAll
    static void theAppWasBuilt() {
        assumeThat(Boolean.getBoolean("frontend.skip")).as("-Dfrontend.skip: no front end was built").isFalse();
        assertThat(QueueScreenTests.class.getResource("/static/index.html"))
                .as("static/index.html: the front-end build did not run").isNotNull();
    }

    /** The server reads the time the browser reads, so that countdowns and states agree. */
    @BeforeEach
    void browsersAndTheRealTime() throws IOException {
        if (first == null) {
            first = Browser.start(port);
        }
        first.viewport(1280, 800, false).forgetEverything();
        first.contentSecurityPolicyViolations();
        clock.set(Instant.now());
    }

    @AfterEach
    void clockBackAndNoTracesLeft() {
        clock.set(TestClockConfiguration.START);
        jdbc.sql("delete from login_throttle").update();
    }

    @AfterAll
    static void closeTheBrowsers() throws IOException {
        for (Browser b : new Browser[] { first, second }) {
            if (b != null) {
                b.close();
            }
        }
        first = null;
        second = null;
    }

    @Test
    void aSecondBrowsersQueueFollowsAColleaguesTakeWithoutReloading() throws IOException {
        long unit = given.unit().get("id").asLong();
        long id = given.register(given.repairBody(unit));
        given.walk(id, "REPAIR", 1);
        String row = "[data-test=queue-row][data-id='" + id + "']";

        second = second == null ? Browser.startAnother(port) : second;
        second.viewport(1280, 800, false).forgetEverything();
        signIn(second, "manager", "/queues?queue=unassigned");
        second.await(row);
        second.await("[data-live=open]");
        second.script("window.notReloaded = true");

        signIn(first, "agent", "/queues?queue=unassigned");
        first.await("[data-live=open]");
        first.await(row + " [data-test=take]").click();
        first.awaitScript("return !document.querySelector(arguments[0])", row);

        second.awaitScript("return !document.querySelector(arguments[0])", row);
        assertThat(second.script("return window.notReloaded === true")).as("the page was not reloaded").isEqualTo(true);

        first.await("[data-test=queue-mine]").click();
        first.await(row);
        assertThat(first.await(row).getAttribute("data-status")).isEqualTo("DISPATCHED");
        assertThat(first.contentSecurityPolicyViolations()).isEmpty();
        assertThat(second.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void theBreachedQueueShowsFiftyRowsRedWithinTheBudgetInBothLanguages() throws IOException {
        List<Long> ids = fiftyRepairsRegisteredLongAgo();

        signIn(first, "agent", "/queues?queue=breached");
        first.awaitScript("return document.querySelectorAll('[data-test=queue-row]').length === 50");
        List<WebElement> rows = first.all("[data-test=queue-row]");
        assertThat(rows).extracting(r -> Long.parseLong(r.getAttribute("data-id"))).containsAll(ids);
        assertThat(first.all("[data-test=queue-row] .countdown")).hasSize(50)
                .allMatch(c -> "BREACHED".equals(c.getAttribute("data-state")))
                .allMatch(c -> c.getCssValue("color").matches("rgba?\\(168, 32, 26(, 1)?\\)"));
        // the first render pays one-time costs (the screen's messages compiled, its components' first use); the
        // budget is held by the warm ones: the breached queue opened again three times, the fastest of them
        String renders = "return performance.getEntriesByType('measure').filter(e => e.name === 'queue-render-50')"
                + ".map(e => e.duration)";
        for (int again = 1; again <= 3; again++) {
            first.await("[data-test=queue-dueSoon]").click();
            first.awaitScript("return location.search.includes('queue=dueSoon')");
            first.await("[data-test=queue-breached]").click();
            int count = again + 1;
            first.awaitScript("return (" + renders.substring(7) + ").length >= " + count);
        }
        @SuppressWarnings("unchecked")
        List<Number> durations = (List<Number>) first.script(renders);
        double cold = durations.get(0).doubleValue();
        double warm = durations.stream().skip(1).mapToDouble(Number::doubleValue).min().orElseThrow();
        record(String.format("queue of 50 rows rendered after its data arrived: first %.1f ms, then fastest of 3 %.1f ms"
                + " (all: %s)", cold, warm, durations));
        // a figure, not a gate: on a shared two-core machine a timed assertion fails with the neighbours' load; the
        // budget is followed in docs/performance.md from what record() writes. What must hold is that every opening
        // was measured, so that the figure exists at all.
        assertThat(durations).as("a render measure for every opening of the breached queue").hasSizeGreaterThanOrEqualTo(4)
                .allMatch(d -> d.doubleValue() > 0 && Double.isFinite(d.doubleValue()));
        first.awaitScript("return document.querySelectorAll('[data-test=queue-row] .countdown[data-state=BREACHED]').length === 50");
        assertThat(first.interfaceText()).contains("已超时", "超时 ").doesNotContainPattern(RAW_KEY);
        assertThat(first.seriousAccessibilityViolations()).as("axe on the breached queue").isEmpty();
        first.screenshot("workbench-queues-zh");

        first.await(".locale-switch button[lang=en]").click();
        first.awaitText("h1", "Queues");
        first.awaitText("[data-test=queue-row] .countdown", "overdue");
        assertNoChinese("the English breached queue");
        assertThat(first.seriousAccessibilityViolations()).as("axe on the English queue").isEmpty();
        first.screenshot("workbench-queues-en");
        assertThat(first.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void aSavedViewOpensItsQueueAndFiltersAgain() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(id, "REPAIR", 1);
        signIn(first, "agent", "/queues?queue=unassigned&kind=REPAIR");
        first.await("[data-test=queue-row][data-id='" + id + "']");
        first.await("[data-test=save-view]").click();
        first.await("#view-name").sendKeys("待分派报修");
        first.await("[data-test=view-save]").click();
        first.awaitScript("const e = document.querySelector('#view-name'); return !e || e.offsetParent === null");

        first.open("/queues?queue=breached");
        first.await("[data-test=views]").click();
        first.await(".el-select-dropdown__item [data-view-name='待分派报修']").click();
        first.awaitScript("return location.search.includes('queue=unassigned') && location.search.includes('kind=REPAIR')");
        first.await("[data-test=queue-unassigned][aria-current=page]");
        first.await("[data-test=queue-row][data-id='" + id + "']");
        assertThat(first.all("[data-test=queue-row]")).allMatch(r -> r.getText().contains("报修"));
    }

    @Test
    void theSecondCompanysStaffNeverSeeTheFirstsRows() {
        long unit = given.unit().get("id").asLong();
        long unassigned = given.register(given.repairBody(unit));
        given.walk(unassigned, "REPAIR", 1);
        clock.set(LONG_AGO);
        long breached = given.register(given.repairBody(unit));
        clock.set(Instant.now());

        signIn(first, "hz-agent", "/queues?queue=unassigned");
        first.await("[data-test=queue-hint]");
        first.awaitScript("return !document.querySelector('[aria-busy=true]')");
        assertThat(rowIds()).doesNotContain(unassigned, breached);
        first.await("[data-test=queue-breached]").click();
        first.awaitScript("return location.search.includes('queue=breached') && !document.querySelector('[aria-busy=true]')");
        assertThat(rowIds()).doesNotContain(unassigned, breached);
        first.await("[data-test=queue-team]").click();
        first.awaitScript("return location.search.includes('queue=team') && !document.querySelector('[aria-busy=true]')");
        assertThat(rowIds()).doesNotContain(unassigned, breached);
    }

    private List<Long> rowIds() {
        return first.all("[data-test=queue-row]").stream().map(r -> Long.parseLong(r.getAttribute("data-id"))).toList();
    }

    private List<Long> fiftyRepairsRegisteredLongAgo() {
        Instant now = Instant.now();
        clock.set(LONGER_AGO);
        long unit = given.unit().get("id").asLong();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(given.register(given.repairBody(unit)));
        }
        clock.set(now);
        return ids;
    }


    /** Signed in through the API, then at {@code next}: the sign-in form has tests of its own. */
    private void signIn(Browser browser, String username, String next) {
        browser.signedIn(Session.signIn(api, username)).open(next);
    }

    private void assertNoChinese(String where) {
        String text = first.interfaceText();
        Matcher chinese = WebAppTests.CHINESE.matcher(text);
        assertThat(chinese.find() ? chinese.group() + " in: " + text : null).as(where + " shows Chinese").isNull();
        assertThat(text).as(where).doesNotContainPattern(RAW_KEY);
    }

    /** The measured figure, for docs/performance.md. */
    private static void record(String line) throws IOException {
        System.out.println("[QueueScreenTests] " + line);
        Path file = Path.of("target", "queue-budget.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line + System.lineSeparator());
    }
}
