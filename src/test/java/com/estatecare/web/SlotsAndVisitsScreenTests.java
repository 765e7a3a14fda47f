package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.delivery.InspectionWalkTestsAccess;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;
import com.estatecare.warranty.APlannedCampaign;

import tools.jackson.databind.JsonNode;

/**
 * Issue 11's last screens in Chromium: an owner signs up on the phone for a time slot of an open day, waits in a
 * full slot's line and changes slot; an engineer marks a maintenance visit done with a note on the phone page
 * (390×844, nothing scrolling sideways); the owner rates it in the portal; the dispatch board shows the days'
 * maintenance visits; and the two stepped number fields (an access token's days, training hours) take a value
 * that is not a multiple of their old step. axe-core on each, English without Chinese.
 */
@EstateCareTest
class SlotsAndVisitsScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;

    @Test
    void anOwnerSignsUpForASlotOnThePhoneWaitsForAFullOneAndChangesBack() throws IOException {
        long project = InspectionWalkTestsAccess.project(api, "翠湖苑");
        long day = scheduleOpenDay(Map.of("title", "业主开放日-" + System.nanoTime() % 100_000, "place", "样板间",
                "startsAt", "2026-12-09T01:00:00Z", "endsAt", "2026-12-09T05:00:00Z", "capacity", 21));
        long nine = slot(day, "2026-12-09T01:00:00Z", "2026-12-09T02:00:00Z", 1);
        long ten = slot(day, "2026-12-09T02:00:00Z", "2026-12-09T03:00:00Z", 20);
        String second = InspectionWalkTestsAccess.secondOwner(api, project);
        assertThat(api.basic(second, "secret-123").post("/api/v1/delivery/open-days/" + day + "/sign-up",
                Map.of("slotId", nine)).json().get("mySignUp").asString()).isEqualTo("CONFIRMED");

        ownerOnThePhone();
        browser.await("[data-test=tab-delivery]").click();
        browser.awaitText("[data-test=slot-" + ten + "]", "10:00–11:00");
        browser.tap("[data-test=sign-up-slot-" + ten + "]");
        browser.awaitText("[data-test=my-slot-" + ten + "]", "我的时段");
        browser.awaitText("[data-test=my-sign-up-" + day + "]", "已报名");
        browser.tap("[data-test=sign-up-slot-" + nine + "]");
        browser.awaitText("[data-test=my-sign-up-" + day + "]", "候补第 1 位");
        browser.awaitText("[data-test=my-slot-" + nine + "]", "我的时段");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the open day's slots").isEmpty();
        browser.screenshot("portal-open-day-slots-zh");
        browser.tap("[data-test=sign-up-slot-" + ten + "]");
        browser.awaitText("[data-test=my-slot-" + ten + "]", "我的时段");
        JsonNode mine = api.as("owner").get("/api/v1/delivery/my-open-days").json().valueStream()
                .filter(d -> d.get("id").asLong() == day).findFirst().orElseThrow();
        assertThat(mine.get("mySlotId").asLong()).isEqualTo(ten);
        assertThat(mine.get("mySignUp").asString()).isEqualTo("CONFIRMED");

        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=tab-delivery]").click();
        browser.awaitText("[data-test=my-slot-" + ten + "]", "My slot");
        assertNoChinese("the English slots of the portal");
        browser.screenshot("portal-open-day-slots-en");
    }

    @Test
    void anAgentDividesAnOpenDayIntoSlotsAndReadsTheSignUpsSlotBySlot() throws IOException {
        String title = "分时段开放日-" + System.nanoTime() % 100_000;
        long project = InspectionWalkTestsAccess.project(api, "翠湖苑");
        long day = scheduleOpenDay(Map.of("title", title, "startsAt", "2026-12-10T01:00:00Z",
                "endsAt", "2026-12-10T05:00:00Z", "capacity", 40));

        signIn(browser, "agent", "/delivery/site?tab=open-days");
        chooseProject("翠湖苑");
        browser.await("[data-test=open-day-show-" + day + "]").click();
        browser.awaitText("[data-test=no-slots]", "未分时段");
        WebElement capacity = browser.await("#slot-capacity");
        capacity.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "25", Keys.TAB);
        browser.await("[data-test=slot-save]").click();
        browser.awaitText("[data-test=slots]", "09:00–10:00");
        browser.awaitText("[data-test=slots]", "已报名 0/25");
        // the same hour again: the server's problem under the start field, naming the slot it overlaps
        browser.await("[data-test=slot-save]").click();
        browser.awaitText("[data-test=slot-form] .el-form-item__error", "与已有时段 09:00–10:00 重叠");
        long slot = api.as("agent").get("/api/v1/delivery/projects/" + project + "/open-days").json().valueStream()
                .filter(d -> d.get("id").asLong() == day).findFirst().orElseThrow().get("slots").get(0).get("id")
                .asLong();
        assertThat(api.as("owner").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of("slotId", slot))
                .status()).isEqualTo(200);
        browser.open("/delivery/site?tab=open-days");
        chooseProject("翠湖苑");
        browser.await("[data-test=open-day-show-" + day + "]").click();
        browser.awaitText("[data-test=sign-ups]", "09:00–10:00");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the slots").isEmpty();
        browser.screenshot("workbench-open-day-slots-zh");
        browser.await(".locale-switch button[lang=en]").click();
        chooseProject("翠湖苑");
        browser.await("[data-test=open-day-show-" + day + "]").click();
        browser.awaitText("[data-test=slots]", "1/25 signed up");
        assertNoChinese("the open day's slots in English");
    }

    @Test
    void anAgentChangesASlotsPlacesAndRemovesASlotWithAnOwnerOnlyAfterSayingToCancelAndTellThem() throws IOException {
        String title = "调整时段开放日-" + System.nanoTime() % 100_000;
        long day = scheduleOpenDay(Map.of("title", title, "startsAt", "2026-12-11T01:00:00Z",
                "endsAt", "2026-12-11T05:00:00Z", "capacity", 40));
        long nine = slot(day, "2026-12-11T01:00:00Z", "2026-12-11T02:00:00Z", 10);
        long ten = slot(day, "2026-12-11T02:00:00Z", "2026-12-11T03:00:00Z", 10);
        assertThat(api.as("owner").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of("slotId", nine))
                .json().get("mySignUp").asString()).isEqualTo("CONFIRMED");

        signIn(browser, "agent", "/delivery/site?tab=open-days");
        chooseProject("翠湖苑");
        browser.await("[data-test=open-day-show-" + day + "]").click();
        browser.await("[data-test=slot-edit-" + ten + "]").click();
        browser.awaitText("[data-test=slot-editing]", "修改时段");
        WebElement capacity = browser.await("#slot-capacity");
        capacity.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "6", Keys.TAB);
        browser.await("[data-test=slot-save]").click();
        browser.awaitText("[data-test=slot-" + ten + "]", "已报名 0/6");
        assertThat(browser.all("[data-test=slot-editing]")).as("the form adds slots again").isEmpty();

        // the slot an owner holds: the server refuses, naming how many; the agent says to cancel and tell them
        browser.await("[data-test=slot-remove-" + nine + "]").click();
        browser.awaitText("[data-test=slot-confirm]", "有 1 位业主");
        assertThat(browser.all("[data-test=slot-" + nine + "]")).as("nothing removed yet").hasSize(1);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the slot's removal").isEmpty();
        browser.screenshot("workbench-open-day-slot-remove-zh");
        browser.await("[data-test=slot-confirm-cancel]").click();
        browser.awaitScript("return document.querySelector('[data-test=slot-" + nine + "]') === null");
        browser.awaitText("[data-test=sign-ups]", "已取消");
        JsonNode mine = api.as("owner").get("/api/v1/delivery/my-open-days").json().valueStream()
                .filter(d -> d.get("id").asLong() == day).findFirst().orElseThrow();
        assertThat(mine.get("mySignUp").asString()).isEqualTo("CANCELLED");

        browser.await(".locale-switch button[lang=en]").click();
        chooseProject("翠湖苑");
        browser.await("[data-test=open-day-show-" + day + "]").click();
        browser.awaitText("[data-test=slot-edit-" + ten + "]", "Edit");
        browser.awaitText("[data-test=slot-remove-" + ten + "]", "Remove");
        browser.await("[data-test=slot-edit-" + ten + "]").click();
        browser.awaitText("[data-test=slot-editing]", "Editing a slot");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the slot's editing in English").isEmpty();
        assertNoChinese("the open day's slot editing in English");
        browser.await("[data-test=slot-edit-cancel]").click();
        browser.await("[data-test=slot-remove-" + ten + "]").click();
        browser.awaitScript("return document.querySelector('[data-test=slot-" + ten + "]') === null");
        browser.awaitText("[data-test=no-slots]", "No slots");

        // the owner whose place was cancelled reads why in the portal's messages, on the phone
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> api.as("owner").get("/api/v1/me/inbox").body().contains(title));
        browser.viewport(390, 844, true);
        signIn(browser, "owner", "/m/messages");
        browser.awaitText("main", title);
        browser.awaitText("main", "09:00"); // the slot's time, in Shanghai
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the owner's messages").isEmpty();
    }

    /** Chooses the project in the site screen's list (as {@code DeliveryScreensTests} does). */
    private static void chooseProject(String name) {
        browser.await("[data-test=site-project] .el-select__wrapper").click();
        browser.awaitScript("""
                const option = [...document.querySelectorAll('.el-select-dropdown__item')]
                    .find(e => e.offsetParent !== null && e.textContent.includes(arguments[0]));
                if (option) option.click();
                return !!option;""", name);
        browser.awaitText("[data-test=site-project]", name);
    }

    @Test
    void anEngineerMarksAMaintenanceVisitDoneOnThePhoneAndTheBoardShowsIt() throws IOException {
        Visits visits = campaign();
        signIn(browser, "agent", "/dispatch?day=2026-11-30&view=week");
        browser.awaitText("[data-test=board-visits]", "定期保养上门");
        browser.await("[data-test=board-visit-" + visits.owners() + "]");
        browser.awaitText("[data-test=board-visit-" + visits.owners() + "]", "待上门");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the board with its visits").isEmpty();
        browser.screenshot("dispatch-board-maintenance-visits-zh");

        browser.forgetEverything();
        browser.viewport(390, 844, true);
        signIn(browser, "engineer", "/campaign-visits");
        browser.awaitText("h1", "保养上门");
        browser.await("[data-test=campaign-visit-" + visits.owners() + "]");
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing scrolls sideways at 390 px").isTrue();
        WebElement button = browser.await("[data-test=visit-done-" + visits.owners() + "]");
        assertThat(button.getSize().getHeight()).as("a thumb's button").isGreaterThanOrEqualTo(44);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the engineer's visits").isEmpty();
        browser.screenshot("campaign-visits-phone-zh");
        browser.await("[data-test=visit-note-" + visits.owners() + "]").sendKeys("地漏已清理，闭水试验正常");
        browser.tap("[data-test=visit-done-" + visits.owners() + "]");
        browser.awaitText("[data-test=visit-status]", "已完成");
        assertThat(browser.all("[data-test=campaign-visit-" + visits.owners() + "]")).as("left the list").isEmpty();
        JsonNode done = api.as("manager").get("/api/v1/campaigns/" + visits.campaign() + "/visits").json()
                .get("items").valueStream().filter(v -> v.get("id").asLong() == visits.owners()).findFirst()
                .orElseThrow();
        assertThat(done.get("note").asString()).isEqualTo("地漏已清理，闭水试验正常");
        assertThat(done.get("doneAt").isNull()).isFalse();

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Maintenance visits");
        assertNoChinese("the engineer's visits in English");

        browser.forgetEverything();
        browser.viewport(1280, 800, false);
        signIn(browser, "agent", "/dispatch?day=2026-11-30&view=week");
        browser.awaitText("[data-test=board-visit-" + visits.owners() + "]", "已完成");
    }

    @Test
    void anOwnerRatesAMaintenanceVisitInThePortal() throws IOException {
        Visits visits = campaign();
        assertThat(api.as("engineer").post("/api/v1/campaigns/visits/" + visits.owners() + "/done",
                Map.of("note", "外窗密封检查")).status()).isEqualTo(200);

        ownerOnThePhone();
        browser.await("[data-test=tab-warranty]").click();
        browser.await("[data-test=rate-form-" + visits.owners() + "]");
        browser.tap("[data-test=rate-send-" + visits.owners() + "]");
        browser.awaitText("[data-test=rate-problem-" + visits.owners() + "]", "1 到 5");
        browser.tap("[data-test=rating-" + visits.owners() + "-4]");
        browser.await("[data-test=comment-" + visits.owners() + "]").sendKeys("准时，很专业");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the rating").isEmpty();
        browser.tap("[data-test=rate-send-" + visits.owners() + "]");
        browser.awaitText("[data-test=my-rating-" + visits.owners() + "]", "4 分");
        browser.awaitText("[data-test=rating-thanks]", "感谢");
        browser.screenshot("portal-visit-rated-zh");
        JsonNode campaign = api.as("manager").get("/api/v1/campaigns").json().valueStream()
                .filter(c -> c.get("id").asLong() == visits.campaign()).findFirst().orElseThrow();
        assertThat(campaign.get("averageRating").asDouble()).isEqualTo(4.0);

        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=tab-warranty]").click();
        browser.awaitText("[data-test=my-rating-" + visits.owners() + "]", "4 of 5");
        assertNoChinese("the owner's maintenance visits in English");

        browser.forgetEverything();
        browser.viewport(1280, 800, false);
        signIn(browser, "manager", "/campaigns");
        browser.await("[data-test=visits-" + visits.campaign() + "]").click();
        browser.awaitText("[data-test=visit-list]", "准时，很专业");
        browser.awaitText("[data-test=average-" + visits.campaign() + "]", "4");
        browser.awaitText("[data-test=completion-" + visits.campaign() + "]", "50%");
    }

    @Test
    void steppedNumberFieldsTakeAValueOffTheirOldStep() throws IOException {
        signIn(browser, "agent", "/me/tokens");
        browser.await("[data-test=token-new]").click();
        String name = "步长-" + System.nanoTime() % 100_000;
        browser.await("[data-test=token-name-input]").sendKeys(name);
        WebElement days = browser.await("[data-test=token-days] input");
        days.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "45", Keys.TAB);
        assertThat((Boolean) browser.script("return arguments[0].checkValidity()", days))
                .as("45 days is a valid value of the field").isTrue();
        browser.await("[data-test=token-create]").click();
        browser.await("[data-test=token-secret]");
        JsonNode token = api.as("agent").get("/api/v1/me/tokens?limit=100").json().get("items").valueStream()
                .filter(t -> t.get("name").asString().equals(name)).findFirst().orElseThrow();
        assertThat(java.time.Duration.between(java.time.Instant.parse(token.get("createdAt").asString()),
                java.time.Instant.parse(token.get("expiresAt").asString())).toDays()).isEqualTo(45);

        long engineer = given.staffId("engineer");
        signIn(browser, "manager", "/assessment");
        browser.await("[data-test=person-" + engineer + "]").click();
        String course = "步长课程 " + System.nanoTime() % 100_000;
        browser.await("[data-test=training-course]").sendKeys(course);
        // a day before the server's today (the browser's own today may be later than the test clock's)
        browser.await("[data-test=training-form] .el-date-editor input")
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-11-02", Keys.TAB);
        WebElement hours = browser.await("[data-test=training-hours] input");
        hours.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "1.2");
        assertThat((Boolean) browser.script("return arguments[0].checkValidity()", hours))
                .as("1.2 hours is a valid value of the field").isTrue();
        browser.await("[data-test=training-save]").click(); // a submit button: the form's own check runs
        browser.awaitText("[data-test=training-table]", course);
        assertThat(browser.await("[data-test=training-table]").getText()).contains("1.2");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the training records").isEmpty();
    }

    // ---- helpers ----

    /** A campaign's two visits: one to a unit of the demo owner, one to a unit of nobody. */
    private record Visits(long campaign, long owners, long other) {
    }

    private Visits campaign() {
        APlannedCampaign.Planned planned = APlannedCampaign.plan(api);
        return new Visits(planned.campaign(), planned.ownersVisit(), planned.otherVisit());
    }

    /** An open day of 翠湖苑 scheduled by the agent ({@code day}: the request's body); its id. */
    private long scheduleOpenDay(Map<String, Object> day) {
        long project = InspectionWalkTestsAccess.project(api, "翠湖苑");
        Api.Response scheduled = api.as("agent").post("/api/v1/delivery/projects/" + project + "/open-days", day);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return scheduled.json().get("id").asLong();
    }

    private long slot(long day, String from, String to, int capacity) {
        Api.Response added = api.as("agent").post("/api/v1/delivery/open-days/" + day + "/slots",
                Map.of("startsAt", from, "endsAt", to, "capacity", capacity));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("slots").valueStream()
                .filter(s -> java.time.Instant.parse(s.get("startsAt").asString()).equals(java.time.Instant.parse(from)))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private void ownerOnThePhone() {
        browser.viewport(390, 844, true);
        browser.open("/m/sign-in");
        browser.await("[data-test=sign-in-other-way]").click();
        browser.await("#username").sendKeys("owner");
        browser.await("#password").sendKeys("demo");
        browser.await("button[type=submit]").click();
    }
}
