package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.Session;

/**
 * The portal's club activities on a phone: member A opens 会员活动 from the club page and signs up for the one place
 * (confirmed, with the check-in QR code and its code), member B signs up and waits first in line; A cancels and B
 * moves up and sees their QR code; B is checked in, the activity is held and B rates it; in Chinese and English,
 * axe-core on each.
 */
@EstateCareTest
class PortalClubActivityScreenTests extends ScreenTest {

    @Autowired
    MutableClock clock;

    @Override
    protected boolean phone() {
        return true;
    }

    @Test
    void aMemberSignsUpAnotherWaitsMovesUpWhenTheFirstCancelsAndRatesTheActivityAfterwards() throws IOException {
        String theme = "社区读书会" + UUID.randomUUID().toString().substring(0, 4);
        long activity = openActivity(theme);
        Owner first = member();
        Owner second = member();

        browser.signedIn(Session.signIn(api, first.username(), ClubOwners.PASSWORD)).open("/m/club");
        browser.await("[data-test=club-activities-link]").click();
        browser.await("[data-test=sign-up-" + activity + "]").click();
        browser.awaitText("[data-test=sign-up-status-" + activity + "]", "报名成功");
        String firstCode = first.caller().get("/api/v1/me/club/sign-ups").json().get(0).get("checkInCode").asString();
        browser.awaitText("[data-test=check-in-code-" + activity + "]", firstCode);
        assertThat(browser.await("[data-test=check-in-qr-" + activity + "]").isDisplayed()).isTrue();
        assertThat(browser.seriousAccessibilityViolations()).as("axe with a confirmed sign-up").isEmpty();
        browser.screenshot("portal-club-activity-confirmed-zh");

        browser.signedIn(Session.signIn(api, second.username(), ClubOwners.PASSWORD)).open("/m/club/activities");
        browser.await("[data-test=sign-up-" + activity + "]").click();
        browser.awaitText("[data-test=sign-up-status-" + activity + "]", "候补第 1 位");
        assertThat(browser.all("[data-test=check-in-qr-" + activity + "]")).as("no QR code while waiting").isEmpty();

        browser.signedIn(Session.signIn(api, first.username(), ClubOwners.PASSWORD)).open("/m/club/activities");
        browser.await("[data-test=cancel-" + activity + "]").click();
        browser.await("[data-test=cancel-yes-" + activity + "]").click();
        browser.awaitText("[data-test=sign-up-status-" + activity + "]", "已取消");

        browser.signedIn(Session.signIn(api, second.username(), ClubOwners.PASSWORD)).open("/m/club/activities");
        browser.awaitText("[data-test=sign-up-status-" + activity + "]", "报名成功");
        var mine = second.caller().get("/api/v1/me/club/sign-ups").json().get(0);
        String code = mine.get("checkInCode").asString();
        browser.awaitText("[data-test=check-in-code-" + activity + "]", code);

        var checkedIn = api.as("agent").post("/api/v1/club/check-ins", Map.of("code", "ESTATECARE-ACTIVITY:" + code));
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        clock.set(Instant.parse(mine.get("startsAt").asString()).plusSeconds(60));
        assertThat(api.as("agent").post("/api/v1/club/activities/" + activity + "/transitions", Map.of("to", "HELD"))
                .status()).isEqualTo(200);
        browser.open("/m/club/activities");
        browser.awaitText("[data-test=sign-up-status-" + activity + "]", "已签到");
        browser.await("[data-test=score-" + activity + "-4]").click();
        browser.await("[data-test=rate-submit-" + activity + "]").click();
        browser.awaitText("[data-test=my-rating-" + activity + "]", "4 分");
        assertThat(api.as("agent").get("/api/v1/club/activities/" + activity).json().get("ratingAverage").asDouble())
                .isEqualTo(4.0);
        assertThat(browser.seriousAccessibilityViolations()).as("axe after rating").isEmpty();

        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.open("/m/club/activities");
        browser.awaitText("[data-test=my-rating-" + activity + "]", "4 of 5");
        assertNoChinese("the English activities page");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English activities page").isEmpty();
        browser.screenshot("portal-club-activity-en");
    }

    /** An activity with one place today in four hours, its budget approved by another manager, open for sign-up. */
    private long openActivity(String theme) {
        long project = api.as("agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("projectId").asLong();
        Instant starts = Instant.now(clock).plusSeconds(4 * 3600);
        var made = api.as("manager").post("/api/v1/club/activities", Map.of("projectId", project, "theme", theme,
                "place", "会所二楼", "startsAt", starts.toString(), "endsAt", starts.plusSeconds(7200).toString(),
                "capacity", 1, "budgetPlannedFen", 300_000));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        assertThat(api.as("manager").post("/api/v1/club/activities/" + id + "/budget-request", Map.of()).status())
                .isEqualTo(200);
        assertThat(api.as("admin").post("/api/v1/club/activities/" + id + "/budget-decision",
                Map.of("approved", true)).status()).isEqualTo(200);
        assertThat(api.as("manager").post("/api/v1/club/activities/" + id + "/transitions", Map.of("to", "OPEN"))
                .status()).isEqualTo(200);
        return id;
    }

    private Owner member() {
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(owner);
        return owner;
    }
}
