package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The phone intake screen (电话受理) at {@code /intake} in Chromium: a repair taken with the keyboard alone
 * through the read-back (复述确认), a repeat complaint linked to the earlier one instead of registered twice,
 * and the second company's agent finding nothing of the first.
 */
@EstateCareTest
class IntakeScreenTests extends ScreenTest {


    @Test
    void agentTakesAPhoneRepairWithTheKeyboardAloneReadingItBackBeforeSaving() throws IOException {
        Unit unit = anUnownedUnit("翠湖苑");
        String phone = uniquePhone();
        long customer = customer("键盘测试", phone, unit.id());

        signIn(browser, "agent", "/intake");
        browser.await("#intake-q");
        assertThat(focusedId()).as("the cursor waits in the search box").isEqualTo("intake-q");
        browser.keys(unit.query());
        browser.awaitText("[data-test=choices]", "键盘测试");
        assertThat(checked("intake-caller")).as("the one caller is taken").isNotNull();
        browser.awaitText("[data-test=caller]", "键盘测试");

        browser.keys(Keys.TAB);
        assertThat(focusedName()).isEqualTo("intake-caller");
        browser.keys(Keys.TAB);
        assertThat(focusedName()).isEqualTo("intake-kind");
        assertThat(browser.focused().getDomProperty("value")).isEqualTo("REPAIR");
        browser.keys(Keys.TAB);
        assertThat(focusedName()).isEqualTo("intake-category");
        browser.keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertThat(checked("intake-category"))
                .isEqualTo("HOUSING_QUALITY");
        browser.keys(Keys.TAB);
        assertThat(focusedId()).isEqualTo("intake-description");
        browser.keys("卫生间地面渗水，楼下天花板有水渍");
        browser.keys(Keys.TAB);
        assertThat(focusedId()).isEqualTo("intake-location");
        browser.keys("主卧卫生间");
        for (int i = 0; i < 8 && !"to-read-back".equals(browser.focused().getDomAttribute("data-test")); i++) {
            browser.keys(Keys.TAB);
        }
        assertThat(browser.focused().getDomAttribute("data-test")).as("Tab reaches the read-back button")
                .isEqualTo("to-read-back");
        assertThat(browser.interfaceText()).contains("电话受理", "复述确认").doesNotContainPattern(RAW_KEY)
                .doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the intake form").isEmpty();
        browser.screenshot("workbench-intake-zh");

        browser.keys(Keys.ENTER);
        browser.await("[data-test=read-back]");
        assertThat(browser.focused().getDomAttribute("data-test")).as("Enter confirms at once").isEqualTo("confirm");
        assertThat(browser.await("[data-test=read-back-unit]").getText()).isEqualTo(unit.label());
        assertThat(browser.await("[data-test=read-back-caller]").getText()).startsWith("键盘测试")
                .doesNotContain(phone);
        assertThat(browser.await("[data-test=read-back-category]").getText()).isEqualTo("房屋质量");
        assertThat(browser.await("[data-test=read-back-channel]").getText()).isEqualTo("电话");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the read-back").isEmpty();
        browser.screenshot("workbench-intake-read-back-zh");

        browser.keys(Keys.ENTER, Keys.ENTER);
        browser.await("[data-test=saved-number]");
        String number = browser.await("[data-test=saved-number]").getText();
        assertThat(number).startsWith("BX-");
        assertThat(focusedId()).as("ready for the next call").isEqualTo("intake-q");
        assertThat(browser.await("#intake-q").getDomProperty("value")).isEmpty();
        assertThat(browser.all("[data-test=read-back]")).isEmpty();

        Map<String, Object> saved = jdbc.sql("""
                select unit_id, customer_id, channel, category, kind, location_in_unit
                  from request
                 where customer_id = :customer""").param("customer", customer).query().singleRow();
        assertThat(saved).as("one request, also after a double Enter").containsEntry("unit_id", unit.id())
                .containsEntry("customer_id", customer).containsEntry("channel", "PHONE")
                .containsEntry("category", "HOUSING_QUALITY").containsEntry("kind", "REPAIR")
                .containsEntry("location_in_unit", "主卧卫生间");
        browser.await("[data-test=saved-number]").click();
        browser.await("[data-test=timeline] .el-timeline-item");
        browser.awaitText("h1", number);
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    @Test
    void aRepeatComplaintIsProposedAsSimilarAndLinkedInsteadOfRegisteredTwice() throws IOException {
        Unit unit = anUnownedUnit("锦澜园");
        String phone = uniquePhone();
        long customer = customer("重复测试", phone, unit.id());
        Api.Response earlier = api.as("agent").post("/api/v1/requests", Map.of("kind", "COMPLAINT", "channel", "PHONE",
                "unitId", unit.id(), "customerId", customer, "category", "PROPERTY_MANAGEMENT",
                "description", "电梯一周内三次困人", "readBackConfirmed", true));
        assertThat(earlier.status()).as(earlier.body()).isEqualTo(201);
        long earlierId = earlier.json().get("id").asLong();
        String earlierNumber = earlier.json().get("number").asString();

        signIn(browser, "agent", "/intake");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Phone intake");
        browser.await("#intake-q").sendKeys(phone);
        browser.awaitText("[data-test=open-requests]", earlierNumber);
        browser.keys(Keys.TAB, Keys.TAB, Keys.ARROW_RIGHT);
        assertThat(checked("intake-kind")).isEqualTo("COMPLAINT");
        browser.keys(Keys.TAB, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertThat(checked("intake-category"))
                .isEqualTo("PROPERTY_MANAGEMENT");
        browser.awaitText("[data-test=similar]", earlierNumber);
        browser.await("#intake-description").sendKeys("电梯又困人了");
        browser.await("[data-test=to-read-back]").click();
        browser.await("[data-test=unlinked]");

        browser.await("[data-test=back]").click();
        WebElement repeat = browser.all("[data-test=similar-request]").stream()
                .filter(e -> e.getText().contains(earlierNumber)).findFirst().orElseThrow();
        repeat.findElement(By.tagName("input")).click();
        assertNoChinese("the English intake form");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the form with similar requests").isEmpty();
        browser.screenshot("workbench-intake-en");
        browser.await("[data-test=to-read-back]").click();
        browser.awaitText("[data-test=read-back-related]", earlierNumber);
        assertThat(browser.all("[data-test=unlinked]")).isEmpty();
        assertNoChinese("the English read-back");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English read-back").isEmpty();
        browser.screenshot("workbench-intake-read-back-en");
        browser.keys(Keys.ENTER);
        browser.await("[data-test=saved-number]");
        String number = browser.await("[data-test=saved-number]").getText();
        assertThat(number).startsWith("TS-");
        assertNoChinese("the English intake after saving");

        Long related = jdbc.sql("select related_request_id from request where number = :number")
                .param("number", number).query(Long.class).single();
        assertThat(related).as("the repeat points to the earlier complaint").isEqualTo(earlierId);
    }

    @Test
    void theSecondCompanysAgentFindsNothingOfTheFirstCompany() {
        Unit unit = anUnownedUnit("翠湖苑");
        String phone = uniquePhone();
        customer("隔离测试", phone, unit.id());

        browser.signedIn(session("hz-agent"));
        // every way of typing is checked over HTTP (IntakeLookupTests); here what the screen shows of two of them
        for (String query : new String[] { phone, unit.query() }) {
            openIntakeReadyToType();
            browser.await("#intake-q").sendKeys(query);
            // the search has answered: with how it read the query, or with nothing found in this company
            try {
                browser.await("[data-test=interpreted-as], [data-test=no-match], .lookup [role=alert]");
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("no answer to " + query + ", the search shows: " + text(".lookup"), e);
            }
            assertThat(browser.all(".lookup [role=alert]")).as(query + ": " + text(".lookup")).isEmpty();
            assertThat(text("[data-test=choices]") + text("[data-test=caller]")).as(query).doesNotContain("隔离测试")
                    .doesNotContain("翠湖苑");
        }
        openIntakeReadyToType();
        browser.await("#intake-q").sendKeys("隔离测试");
        browser.await("[data-test=no-match]");
    }

    /** The intake screen loaded and mounted: it puts the cursor in its search box, so typing reaches it. */
    private void openIntakeReadyToType() {
        browser.open("/intake");
        browser.await("#intake-q");
        browser.awaitScript("return document.activeElement && document.activeElement.id === 'intake-q'");
    }

    private String text(String css) {
        return browser.all(css).stream().map(WebElement::getText).reduce("", String::concat);
    }

    /** A unit of the project nobody owns yet, and how an agent types it: project, building and room. */
    private Unit anUnownedUnit(String project) {
        return jdbc.sql("""
                select u.id, p.name as project, b.name as building, u.unit_no
                  from unit u
                  join building b on b.id = u.building_id
                  join project p on p.id = u.project_id
                 where p.name = :project
                   and b.name ~ '^[0-9]+栋$'
                   and u.unit_no ~ '^[0-9]+(-[0-9]+)?$' -- a demo unit: other classes add units numbered their own way
                   and not exists (select 1 from ownership o where o.unit_id = u.id)
                 order by u.id desc
                 limit 1""").param("project", project)
                .query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("project"), rs.getString("building"),
                        rs.getString("unit_no")))
                .single();
    }

    record Unit(long id, String project, String building, String unitNo) {

        String query() {
            return project + " " + building.replace("栋", "") + "-" + unitNo;
        }

        String label() {
            return project + " " + building + " " + unitNo;
        }
    }

    private long customer(String name, String phone, long unitId) {
        long projectId = jdbc.sql("select project_id from unit where id = :id").param("id", unitId).query(Long.class)
                .single();
        Api.Response created = api.as("agent").post("/api/v1/customers", Map.of("name", name, "kind", "NEW_OWNER",
                "grade", "STANDARD", "phone", phone, "projectId", projectId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response owned = api.as("agent").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unitId, "role", "OWNER"));
        assertThat(owned.status()).as(owned.body()).isEqualTo(201);
        return id;
    }

    private static String uniquePhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The value of the checked radio of a group (Element Plus hides its radio buttons' inputs), else null. */
    private String checked(String name) {
        return browser.all("input[name=" + name + "]:checked").stream().map(e -> e.getDomProperty("value"))
                .findFirst().orElse(null);
    }

    private String focusedId() {
        return browser.focused().getDomAttribute("id");
    }

    private String focusedName() {
        return browser.focused().getDomAttribute("name");
    }


}
