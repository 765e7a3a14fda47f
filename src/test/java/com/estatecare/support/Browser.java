package com.estatecare.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (no download, no
 * Selenium Manager), with a fresh profile, at a given viewport size. Also runs
 * axe-core in the page and reads the console for Content-Security-Policy
 * violations.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final Path AXE = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final String origin;

    private Browser(ChromeDriver driver, Path profile, String origin) {
        this.driver = driver;
        this.profile = profile;
        this.origin = origin;
    }

    public static Browser start(int port) throws IOException {
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
        return new Browser(driver, profile, "http://127.0.0.1:" + port);
    }

    /** The page's viewport, as a desktop (1280×800) or a phone (390×844, touch) sees it. */
    public Browser viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        return this;
    }

    public Browser open(String path) {
        driver.get(origin + path);
        return this;
    }

    /** Signed out, in the default language: no cookies, nothing remembered. */
    public Browser forgetEverything() {
        open("/actuator/health");
        driver.manage().deleteAllCookies();
        driver.executeScript("window.localStorage.clear()");
        return this;
    }

    public WebElement await(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void awaitText(String css, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void awaitPath(String path) {
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals(path));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String currentPath() {
        return (String) driver.executeScript("return location.pathname");
    }

    /** The text of the page's interface: without people's data and proper names (translate="no") or text marked as Chinese. */
    public String interfaceText() {
        return (String) driver.executeScript("""
                const copy = document.body.cloneNode(true);
                copy.querySelectorAll('[translate="no"], [lang|="zh"], script, style, noscript')
                    .forEach(e => e.remove());
                return copy.textContent;""");
    }

    /** axe-core's serious and critical violations on the page as it is now, one line each. */
    public List<String> seriousAccessibilityViolations() throws IOException {
        if (!Files.exists(AXE)) {
            throw new IllegalStateException(AXE + " is missing: the front-end build (npm ci) installs it");
        }
        driver.executeScript(Files.readString(AXE));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));""");
        return found;
    }

    /** What the console said about the Content-Security-Policy since the last call. */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    /** Runs a script in the page (e.g. to drop or paste a file, which WebDriver cannot do) and gives its result. */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The page printed as Chromium's print-to-PDF does, with the page size of its CSS {@code @page}. */
    public byte[] printToPdf() {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        return java.util.Base64.getDecoder().decode((String) pdf.get("data"));
    }

    /** Saves a screenshot as name.png in the folder of -Dscreenshots.dir (default target/screenshots). */
    public void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            TestFiles.delete(profile);
        }
    }
}
