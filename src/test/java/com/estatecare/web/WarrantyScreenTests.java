package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The warranty on screen in Chromium: the certificate editor with its statutory floor and a shorter period refused
 * and explained (nothing saved), the unit's warranty card beside intake, and the owner's warranty with the care
 * guide on a phone (390×844); axe-core on each, English without Chinese, screenshots in both languages.
 */
@EstateCareTest
class WarrantyScreenTests extends ScreenTest {

    @Test
    void managerSeesTheStatutoryFloorAndAShorterPeriodIsRefusedAndExplained() throws IOException {
        signIn(browser, "manager", "/warranty-certificate");
        browser.awaitText("[data-test=periods]", "地基基础、主体结构");
        int version = Integer.parseInt(browser.await("[data-test=version]").getText().replaceAll("\\D*(\\d+).*", "$1"));
        assertThat(browser.await("[data-test=period-FOUNDATION_STRUCTURE]").getText()).contains("600 个月");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the certificate").isEmpty();
        browser.screenshot("workbench-warranty-certificate-zh");

        WebElement window = browser.await("[data-test=months-WINDOW] input");
        window.sendKeys(Keys.chord(Keys.CONTROL, "a"), "11", Keys.TAB);
        browser.awaitText("[data-test=period-WINDOW]", "短于法定最低期限");
        browser.await("[data-test=save]").click();
        browser.awaitText("[data-test=problem]", "不能短于法定最低保修期");
        assertThat(browser.await("[data-test=problem]").getText()).contains("periods.WINDOW.months", "12 个月");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the refusal").isEmpty();
        browser.screenshot("workbench-warranty-refused-zh");
        assertThat(api.as("manager").get("/api/v1/projects/" + firstProject() + "/warranty-certificate").json()
                .get("version").asInt()).as("nothing saved").isEqualTo(version);

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=certificate]", "Warranty certificate");
        browser.await("[data-test=save]").click();
        browser.awaitText("[data-test=problem]", "statutory minimum");
        assertNoChinese("the English certificate");
        browser.screenshot("workbench-warranty-refused-en");
    }

    @Test
    void agentSeesTheUnitsWarrantyBesideIntake() throws IOException {
        String owner = api.as("owner").get("/api/v1/me").json().get("displayName").asString();
        signIn(browser, "agent", "/intake");
        browser.await("#intake-q").sendKeys(owner);
        // their demo home among any units other tests gave the same owner: the one handed over in July 2024
        String home = homeLabel();
        browser.awaitText("[data-test=choices]", home);
        browser.all("[data-test=choice]").stream().filter(c -> c.getText().contains(home)).findFirst().orElseThrow()
                .findElement(org.openqa.selenium.By.cssSelector("input")).click();
        browser.awaitText("[data-test=warranty-card]", "保修期内");
        assertThat(browser.await("[data-test=warranty-ROOF]").getText()).contains("2029-06-30", "保修期内");
        assertThat(browser.await("[data-test=warranty-WINDOW]").getText()).contains("已过保修期");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on intake with the warranty").isEmpty();
        browser.screenshot("workbench-intake-warranty-zh");

        // a repair of the same home naming its windows, whose warranty has ended: marked so in the request's title
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        long unit = api.homeOf("owner");
        Api.Response repair = api.as("agent").post("/api/v1/requests", Map.of("kind", "REPAIR", "channel", "PHONE",
                "unitId", unit, "customerId", customer, "category", "HOUSING_QUALITY", "componentCode", "WINDOW",
                "description", "客厅窗户关不严", "readBackConfirmed", true));
        assertThat(repair.status()).as(repair.body()).isEqualTo(201);
        browser.open("/requests/" + repair.json().get("id").asLong());
        browser.awaitText("[data-test=title-warranty]", "保修期外");
        assertThat(browser.await("[data-test=title-warranty]").getDomAttribute("title")).startsWith("受理时保修期外，保修截止 20");
    }

    @Test
    void ownerReadsTheWarrantyOfTheirHomeWithTheCareGuideOnAPhone() throws IOException {
        browser.viewport(390, 844, true);
        browser.open("/m/sign-in");
        browser.await("[data-test=sign-in-other-way]").click();
        browser.await("#username").sendKeys("owner");
        browser.await("#password").sendKeys("demo");
        browser.await("button[type=submit]").click();
        browser.await("[data-test=tab-warranty]").click();
        browser.awaitText("[data-test=components]", "屋面");
        assertThat(browser.await("[data-test=state-ROOF]").getText()).isEqualTo("保修期内");
        // the tab bar covers the bottom of the phone's screen: the row is scrolled to the middle before the tap
        browser.script("arguments[0].scrollIntoView({block: 'center'})",
                browser.await("[data-test=component-WINDOW] .van-collapse-item__title"));
        browser.await("[data-test=component-WINDOW] .van-collapse-item__title").click();
        browser.awaitText("[data-test=component-WINDOW]", "养护方法");
        assertThat(browser.await("[data-test=component-WINDOW]").getText()).contains("润滑");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the owner's warranty").isEmpty();
        browser.screenshot("portal-warranty-zh");

        browser.await("[data-test=tab-requests]");
        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=tab-warranty]").click();
        browser.awaitText("[data-test=components]", "Roof");
        assertNoChinese("the owner's English warranty");
        browser.screenshot("portal-warranty-en");
    }

    private long firstProject() {
        return api.as("manager").get("/api/v1/projects").json().get(0).get("id").asLong();
    }

    /** How the intake screen labels the demo owner's home (their first unit). */
    private String homeLabel() {
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        long home = api.homeOf("owner");
        return api.as("agent").get("/api/v1/customers/" + customer + "/ownerships").json().valueStream()
                .filter(o -> o.get("unit").get("id").asLong() == home).findFirst().orElseThrow().get("label")
                .asString();
    }
}
