package com.estatecare.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (no download, no
 * Selenium Manager), at a given viewport size. Also runs axe-core in the page
 * and reads the console for Content-Security-Policy violations.
 * <p>
 * One Chromium serves every browser test class of the test JVM (starting one
 * costs seconds): {@link #start(int)} and {@link #close()} hand it over with
 * nothing of the class before (no cookies or storage, no viewport, no network
 * throttling, no console messages, one blank window), and it is quit when the
 * JVM ends. Its HTTP cache stays: it holds the build's hashed, immutable
 * assets (the same for every class), so that the scripts of both apps are
 * fetched and compiled once per JVM rather than at each test's first page.
 * <p>
 * Screenshots are written only when asked for ({@code -Dscreenshots.dir}),
 * see {@link #screenshot(String)}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final Path AXE = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ChromeDriver shared;
    /** The drivers whose network is throttled now ({@link #throttle(NetworkProfile)}). */
    private static final Set<ChromeDriver> THROTTLED = ConcurrentHashMap.newKeySet();
    /** axe-core's script, read once per JVM. */
    private static String axeScript;

    private final ChromeDriver driver;
    private final String origin;
    /** A second browser of its own (a test with two users at once), quit at close rather than handed back. */
    private final boolean own;

    private Browser(ChromeDriver driver, String origin, boolean own) {
        this.driver = driver;
        this.origin = origin;
        this.own = own;
    }

    /** The JVM's Chromium, as a fresh one, for the application on {@code port}. */
    public static synchronized Browser start(int port) throws IOException {
        if (shared == null) {
            shared = launch();
        }
        Browser browser = new Browser(shared, "http://127.0.0.1:" + port, false);
        browser.reset();
        return browser;
    }

    /**
     * A Chromium of its own beside the JVM's, for a test in which two people work at once (a colleague's
     * queue that follows the first one's step); {@link #close()} quits it.
     */
    public static Browser startAnother(int port) throws IOException {
        return new Browser(launch(), "http://127.0.0.1:" + port, true);
    }

    private static ChromeDriver launch() throws IOException {
        Path profile = Files.createTempDirectory("estatecare-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // the JVM is ending: Chromium goes with its driver
            } finally {
                TestFiles.delete(profile);
            }
        }, "chromium-quit"));
        return driver;
    }

    /** One blank window, no cookies or storage, the default viewport, no throttling, the console read. */
    private void reset() {
        String first = driver.getWindowHandles().iterator().next();
        for (String window : driver.getWindowHandles()) {
            if (!window.equals(first)) {
                driver.switchTo().window(window).close();
            }
        }
        driver.switchTo().window(first);
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        throttle(null);
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** The page's viewport, as a desktop (1280×800) or a phone (390×844, touch) sees it. */
    public Browser viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        return this;
    }

    /**
     * Throttles the network as Chromium's DevTools do (CDP {@code Network.emulateNetworkConditions}: latency
     * added to every request, throughput in bytes per second), empties the cache and turns it off, so the next
     * pages load cold; {@code null} takes the throttling off again and turns the cache back on (nothing to do
     * when the network is not throttled).
     */
    public Browser throttle(NetworkProfile profile) {
        if (profile == null && !THROTTLED.remove(driver)) {
            return this;
        }
        if (profile != null) {
            THROTTLED.add(driver);
        }
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", profile != null));
        NetworkProfile p = profile == null ? new NetworkProfile("none", 0, -1, -1) : profile;
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency",
                p.latencyMs(), "downloadThroughput", p.downloadBytesPerSecond(), "uploadThroughput",
                p.uploadBytesPerSecond()));
        return this;
    }

    /** A network profile as CDP takes it: round-trip latency in ms, throughput in bytes per second (-1: none). */
    public record NetworkProfile(String name, double latencyMs, double downloadBytesPerSecond,
            double uploadBytesPerSecond) {
    }

    /**
     * Opens a page and answers how long after the navigation started (the page's {@code performance.now()})
     * the element became visible, polled every 20 ms by a script the page runs from its first byte on. Measured
     * in the page, not after WebDriver's navigation returns: that waits for the load event, i.e. for every
     * resource the page asked for, such as an icon font that arrives after the screen was already usable.
     */
    public double millisUntilVisible(String path, String css) {
        Map<String, Object> poller = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                """
                (() => {
                  const visible = (e) => e && e.getClientRects().length > 0
                      && getComputedStyle(e).visibility !== 'hidden' && e.offsetWidth > 0 && e.offsetHeight > 0;
                  const poll = setInterval(() => {
                    if (visible(document.querySelector(%s))) {
                      window.__visibleAt = performance.now();
                      clearInterval(poll);
                    }
                  }, 20);
                })();""".formatted(jsonString(css))));
        try {
            driver.get(origin + path);
            return ((Number) new WebDriverWait(driver, WAIT, Duration.ofMillis(20))
                    .until(d -> driver.executeScript("return window.__visibleAt ?? null"))).doubleValue();
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", poller.get("identifier")));
        }
    }

    private static String jsonString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * Runs a script in the page and gives its {@code return} value (numbers as Long or Double), e.g. to drop or
     * paste a file, which WebDriver cannot do.
     */
    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    public Browser open(String path) {
        driver.get(origin + path);
        return this;
    }

    /**
     * Signed in with a session opened through the API ({@link Session#signIn}), as the sign-in form would have
     * left the browser: the session and XSRF cookies, and the page-readable hint that staff are signed in. The
     * next step opens a page; a test about the sign-in form itself fills the form instead.
     */
    public Browser signedIn(Session session) {
        cookie("JSESSIONID", session.id(), true);
        cookie("XSRF-TOKEN", session.xsrf(), false);
        cookie("estatecare-signed-in", "staff", false);
        return this;
    }

    private void cookie(String name, String value, boolean httpOnly) {
        driver.executeCdpCommand("Network.setCookie", Map.of("url", origin + "/", "name", name, "value", value,
                "path", "/", "httpOnly", httpOnly, "sameSite", "Lax"));
    }

    /**
     * Signed out, in the default language: no cookies, nothing remembered (the application's storage cleared
     * through DevTools), on a blank page; the next step opens one.
     */
    public Browser forgetEverything() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        return this;
    }

    /**
     * Clicks the element as a thumb would after scrolling it to the middle of the screen: a sticky header (the
     * engineer's day, the portal) cannot cover it, as it can when WebDriver finds it "in view" under the header.
     */
    public void tap(String css) {
        await(css);
        script("const e = document.querySelector(arguments[0]); e.scrollIntoView({block: 'center'}); e.click();", css);
    }

    public WebElement await(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void awaitText(String css, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void awaitPath(String path) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> currentPath().equals(path));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page stayed at " + currentPath() + " instead of " + path + "; resources"
                    + " still loading or failed: " + driver.executeScript("return performance.getEntriesByType("
                    + "'resource').filter(r => !r.responseEnd || r.responseStatus >= 400).map(r => r.name + ' '"
                    + " + r.responseStatus).join(', ')") + "; on screen: " + driver.findElement(
                    org.openqa.selenium.By.tagName("body")).getText().lines().limit(8).toList(), e);
        }
    }

    /** Types on the keyboard into whatever has the focus (Tab, Enter and arrows included). */
    public void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Draws one stroke across the element with the mouse, as a finger signs on a canvas: the pointer goes down at
     * the first offset from the element's centre, moves through the others (each from the point before) and goes
     * up — pointer events, as signature_pad reads them.
     */
    public void drawStroke(WebElement on, int... offsets) {
        Actions stroke = new Actions(driver).moveToElement(on, offsets[0], offsets[1]).clickAndHold();
        for (int i = 2; i + 1 < offsets.length; i += 2) {
            stroke = stroke.moveByOffset(offsets[i], offsets[i + 1]);
        }
        stroke.release().perform();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Drags {@code from} onto {@code to} with the HTML5 drag-and-drop events a mouse drag fires (dragstart,
     * dragenter, dragover, drop, dragend, sharing one DataTransfer): chromedriver's pointer actions do not
     * start a native drag in headless Chromium, so the events are dispatched in the page.
     */
    public void dragAndDrop(WebElement from, WebElement to) {
        driver.executeScript("""
                const [from, to] = arguments;
                const data = new DataTransfer();
                const fire = (target, type) => target.dispatchEvent(new DragEvent(type,
                    { bubbles: true, cancelable: true, composed: true, dataTransfer: data }));
                fire(from, 'dragstart');
                fire(to, 'dragenter');
                fire(to, 'dragover');
                fire(to, 'drop');
                fire(from, 'dragend');""", from, to);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String currentPath() {
        return (String) driver.executeScript("return location.pathname");
    }

    /** Waits until {@code js} returns true in the page. */
    public void awaitScript(String js, Object... args) {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(driver.executeScript(js, args)));
    }

    /** The query of the page's address, e.g. {@code ?kind=REPAIR&createdFrom=…} (empty when none). */
    public String currentSearch() {
        return (String) driver.executeScript("return location.search");
    }

    /** The text of the page's interface: without people's data and proper names (translate="no") or text marked as Chinese. */
    public String interfaceText() {
        return (String) driver.executeScript("""
                const copy = document.body.cloneNode(true);
                copy.querySelectorAll('[translate="no"], [lang|="zh"], script, style, noscript')
                    .forEach(e => e.remove());
                return copy.textContent;""");
    }

    /**
     * axe-core's serious and critical violations on the page as it is now, one line each. Its script is put
     * into the page once (a page the app changes without loading another keeps it).
     */
    public List<String> seriousAccessibilityViolations() throws IOException {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axeScript());
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // what the user reads once it has appeared: a tag or a dialog fading in (Element Plus's
                // transitions) is measured at full opacity, not half-way
                const settled = Promise.all(document.getAnimations()
                    .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                    .map(a => a.finished.catch(() => null)));
                Promise.race([settled, new Promise(r => setTimeout(r, 2000))])
                    .then(() => axe.run(document, { resultTypes: ['violations'] })).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));""");
        return found;
    }

    private static synchronized String axeScript() throws IOException {
        if (axeScript == null) {
            if (!Files.exists(AXE)) {
                throw new IllegalStateException(AXE + " is missing: the front-end build (npm ci) installs it");
            }
            axeScript = Files.readString(AXE);
        }
        return axeScript;
    }

    /** What the console said about the Content-Security-Policy since the last call. */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    /** The page printed as Chromium's print-to-PDF does, with the page size of its CSS {@code @page}. */
    public byte[] printToPdf() {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        return java.util.Base64.getDecoder().decode((String) pdf.get("data"));
    }

    /**
     * Saves a screenshot of the page as it is now as name.png in the folder of {@code -Dscreenshots.dir}, e.g.
     * {@code docs/screenshots}; without that property nothing is taken (a screenshot costs a second of the
     * test run and asserts nothing: the test goes on checking the page as before).
     */
    public void screenshot(String name) throws IOException {
        if (!screenshotsWanted()) {
            return;
        }
        Path folder = Path.of(System.getProperty("screenshots.dir"));
        Files.createDirectories(folder);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Whether this run writes screenshots: {@code -Dscreenshots.dir} names their folder. */
    public static boolean screenshotsWanted() {
        String folder = System.getProperty("screenshots.dir");
        return folder != null && !folder.isBlank();
    }

    /** Hands the JVM's Chromium back with nothing of this class left in it; the JVM's end quits it. */
    @Override
    public void close() {
        if (own) {
            driver.quit();
        } else {
            reset();
        }
    }
}
