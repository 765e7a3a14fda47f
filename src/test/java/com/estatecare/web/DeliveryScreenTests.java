package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.delivery.InspectionWalkTestsAccess;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;
import com.estatecare.support.ScreenTest;

/**
 * Delivery on screen in Chromium: the delivery board of a project, where an inspection's findings are handed to
 * repair and the figures move; and the owner's delivery page on a phone (390×844) with their inspection and the
 * project's progress notice and an open day to sign up for; on a full open day the owner waits in line (told their
 * number), takes the place another owner frees, cancels, and is told in their language why nothing can change once
 * the day has begun. axe-core on each, English without Chinese, screenshots in both languages.
 */
@EstateCareTest
class DeliveryScreenTests extends ScreenTest {

    @Autowired
    MutableClock clock;

    @Test
    void anEngineerFinishesAnInspectionOnTheBoardAndItsFindingBecomesARepairRequest() throws IOException {
        long unit = unitOfTheOwner("S1");
        long inspection = appointWithAFinding(unit);

        signIn(browser, "engineer", "/delivery");
        browser.await("[data-test=inspect-" + unit + "]").click();
        browser.awaitText("[data-test=findings]", "窗框密封胶开裂");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the inspection").isEmpty();
        browser.await("[data-test=deliver]").click();
        browser.awaitText("[data-test=told]", "1 项问题已转为报修工单");
        assertThat(browser.await("[data-test=figure-inspected]").getText()).contains("已验房");
        assertThat(api.as("engineer").get("/api/v1/delivery/inspections/" + inspection).json().get("findings").get(0)
                .get("requestNumber").asString()).startsWith("BX-");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the board").isEmpty();
        browser.screenshot("workbench-delivery-board-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=delivery]", "Delivery board");
        assertNoChinese("the English delivery board");
        browser.screenshot("workbench-delivery-board-en");
    }

    @Test
    void anOwnerReadsTheirInspectionAndTheProjectsProgressOnAPhone() throws IOException {
        appointWithAFinding(unitOfTheOwner("S2"));
        long notice = publishANotice();
        Api.Response day = api.as("agent").post("/api/v1/delivery/projects/" + project() + "/open-days",
                Map.of("title", "工地开放日", "startsAt", "2026-12-05T01:00:00Z", "endsAt", "2026-12-05T05:00:00Z",
                        "capacity", 30));
        assertThat(day.status()).as(day.body()).isEqualTo(201);
        long dayId = day.json().get("id").asLong();

        browser.viewport(390, 844, true);
        browser.open("/m/sign-in");
        browser.await("[data-test=sign-in-other-way]").click();
        browser.await("#username").sendKeys("owner");
        browser.await("#password").sendKeys("demo");
        browser.await("button[type=submit]").click();
        browser.await("[data-test=tab-delivery]").click();
        browser.awaitText("main", "窗框密封胶开裂"); // the owner may have inspections of other units too
        // other tests publish notices of the same project too: this test's is one of them
        browser.awaitScript("return [...document.querySelectorAll('[data-test=notice]')]"
                + ".some(n => n.textContent.includes(arguments[0]))", "主体结构封顶");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.await("[data-test=sign-up-" + dayId + "]"));
        browser.await("[data-test=sign-up-" + dayId + "]").click();
        browser.awaitText("[data-test=my-sign-up-" + dayId + "]", "已报名");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the owner's delivery page").isEmpty();
        browser.screenshot("portal-delivery-zh");

        // the month's notice also waits in the owner's messages, reached from 我的
        long message = await().atMost(Duration.ofSeconds(20)).until(() -> api.as("owner")
                .get("/api/v1/me/inbox?limit=50").json().get("items").valueStream()
                .filter(n -> n.get("kind").asString().equals("PROGRESS_NOTICE")
                        && n.get("title").asString().contains("主体结构封顶")).mapToLong(n -> n.get("id").asLong())
                .max().orElse(0), id -> id > 0);
        browser.open("/m/me");
        browser.awaitText("[data-test=messages-entry]", "未读");
        browser.tap("[data-test=messages-entry]");
        browser.awaitText("[data-test=message-" + message + "]", "工程进度通知");
        browser.awaitText("[data-test=message-" + message + "]", "主体结构封顶");
        browser.tap("[data-test=read-" + message + "]");
        browser.awaitText("[data-test=message-" + message + "]", "已读");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the owner's messages").isEmpty();
        browser.screenshot("portal-messages-zh");
        assertThat(api.as("owner").get("/api/v1/me/inbox?limit=50").json().get("items").valueStream()
                .filter(n -> n.get("id").asLong() == message).findFirst().orElseThrow().get("readAt").isNull())
                .as("read").isFalse();
        assertThat(notice).isPositive();

        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=tab-delivery]").click();
        browser.awaitText("main", "Delivery inspection");
        browser.screenshot("portal-delivery-en");
    }

    @Test
    void anOwnerWaitsInLineOnThePhoneTakesTheFreedPlaceAndIsToldOnceTheDayHasBegun() throws IOException {
        long project = project();
        Api.Response scheduled = api.as("agent").post("/api/v1/delivery/projects/" + project + "/open-days",
                Map.of("title", "样板房开放日-" + System.nanoTime() % 100_000, "place", "售楼处", "startsAt",
                        "2026-12-08T01:00:00Z", "endsAt", "2026-12-08T05:00:00Z", "capacity", 1));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        long day = scheduled.json().get("id").asLong();
        String second = InspectionWalkTestsAccess.secondOwner(api, project);
        assertThat(api.basic(second, "secret-123").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of())
                .json().get("mySignUp").asString()).as("the only place").isEqualTo("CONFIRMED");

        browser.viewport(390, 844, true);
        browser.open("/m/sign-in");
        browser.await("[data-test=sign-in-other-way]").click();
        browser.await("#username").sendKeys("owner");
        browser.await("#password").sendKeys("demo");
        browser.await("button[type=submit]").click();
        browser.await("[data-test=tab-delivery]").click();
        browser.tap("[data-test=sign-up-" + day + "]");
        browser.awaitText("[data-test=my-sign-up-" + day + "]", "候补第 1 位");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the waiting line").isEmpty();
        browser.screenshot("portal-open-day-waiting-zh");

        assertThat(api.basic(second, "secret-123").delete("/api/v1/delivery/open-days/" + day + "/sign-up").status())
                .isEqualTo(200);
        browser.open("/m/delivery");
        browser.awaitText("[data-test=my-sign-up-" + day + "]", "已报名");
        browser.tap("[data-test=cancel-" + day + "]");
        browser.await("[data-test=sign-up-" + day + "]");
        browser.tap("[data-test=sign-up-" + day + "]");
        browser.awaitText("[data-test=my-sign-up-" + day + "]", "已报名");

        clock.set(java.time.Instant.parse("2026-12-08T02:00:00Z"));
        browser.tap("[data-test=cancel-" + day + "]");
        browser.awaitText("[data-test=sign-up-problem]", "开放日已经开始");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the refused cancellation").isEmpty();
        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=tab-delivery]").click();
        browser.tap("[data-test=cancel-" + day + "]");
        browser.awaitText("[data-test=sign-up-problem]", "has started");
        assertNoChinese("the English open days of the portal");
        browser.screenshot("portal-open-day-started-en");
        assertThat(api.as("owner").get("/api/v1/delivery/my-open-days").json().valueStream()
                .filter(d -> d.get("id").asLong() == day).findFirst().orElseThrow().get("mySignUp").asString())
                .as("still signed up").isEqualTo("CONFIRMED");
    }

    private long appointWithAFinding(long unit) {
        Api.Response appointed = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unit, "appointedAt", "2026-12-01T02:00:00Z", "inspector", "张工"));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        long inspection = appointed.json().get("id").asLong();
        Api.Response finding = api.as("engineer").post("/api/v1/delivery/inspections/" + inspection + "/findings",
                Map.of("room", "KITCHEN", "componentCode", "WINDOW", "description", "窗框密封胶开裂"));
        assertThat(finding.status()).as(finding.body()).isEqualTo(201);
        return inspection;
    }

    /** Publishes a notice of a month 翠湖苑 has none of yet (the tests share one database): its id. */
    private long publishANotice() {
        long project = project();
        for (java.time.YearMonth m = java.time.YearMonth.of(2026, 11); ; m = m.minusMonths(1)) {
            Api.Response published = api.as("agent").post("/api/v1/delivery/projects/" + project + "/notices",
                    Map.of("month", m.toString(), "title", "主体结构封顶", "body", "3栋主体结构已封顶，外立面施工中。"));
            if (published.status() == 201) {
                return published.json().get("id").asLong();
            }
            assertThat(published.status()).as(published.body()).isEqualTo(409);
        }
    }

    private long project() {
        return StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals("翠湖苑")).findFirst().orElseThrow().get("id").asLong();
    }

    /** A new unit of 翠湖苑 (the newest, so first on the board), owned by the demo owner, not handed over. */
    private long unitOfTheOwner(String prefix) {
        long building = api.as("manager").get("/api/v1/projects/" + project() + "/buildings").json().get(0).get("id")
                .asLong();
        Api.Response created = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", prefix + "-" + System.nanoTime() % 100_000_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long unit = created.json().get("id").asLong();
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        assertThat(api.as("manager").post("/api/v1/customers/" + customer + "/ownerships",
                Map.of("unitId", unit, "role", "OWNER")).status()).isEqualTo(201);
        return unit;
    }
}
