package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The workbench's club activities: a manager schedules an activity with one place, asks for its budget and is told
 * they cannot approve their own request; a second manager approves it and it opens; two members sign up (one
 * confirmed, one waiting), the first cancels and the second moves up; the staff check the second in by typing the
 * code, and a second scan says they were checked in already; in Chinese and English, axe-core on each.
 */
@EstateCareTest
class ClubActivityScreenTests extends ScreenTest {

    @Test
    void aManagerSchedulesAnActivityAnotherApprovesItsBudgetAndTheStaffCheckAMemberInOnce() throws IOException {
        String theme = "亲子烘焙" + UUID.randomUUID().toString().substring(0, 4);
        signIn(browser, "manager", "/club/activities");
        browser.await("[data-test=activities]");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the activities list").isEmpty();

        browser.await("#activity-theme").sendKeys(theme);
        browser.await("#activity-place").sendKeys("会所二楼");
        // the application's day (2026-11-24), not the browser's: check-in is allowed from the activity's day on
        browser.await("#activity-starts").sendKeys("2026-11-24 12:00:00", Keys.ENTER);
        browser.await("#activity-ends").sendKeys("2026-11-24 14:00:00", Keys.ENTER);
        browser.await("#activity-capacity").sendKeys(Keys.chord(Keys.CONTROL, "a"), "1", Keys.TAB);
        browser.await("#activity-budget").sendKeys(Keys.chord(Keys.CONTROL, "a"), "3000", Keys.TAB);
        browser.await("[data-test=activity-schedule]").click();
        browser.awaitText("[data-test=activity-detail]", theme);
        browser.awaitText("[data-test=activity-status]", "筹备中");
        long activity = jdbc.sql("select id from club_activity where theme = :t").param("t", theme)
                .query(Long.class).single();
        assertThat(jdbc.sql("select capacity || ' ' || budget_planned_fen from club_activity where id = :id")
                .param("id", activity).query(String.class).single()).isEqualTo("1 300000");

        browser.await("[data-test=activity-request-budget]").click();
        browser.awaitText("[data-test=activity-budget-status]", "待审批");
        browser.await("[data-test=activity-approve]").click();
        browser.awaitText(".problem", "申请人以外的客户会经理审批");
        browser.awaitText("[data-test=activity-budget-status]", "待审批");
        assertThat(browser.seriousAccessibilityViolations()).as("axe with the four-eyes problem").isEmpty();
        browser.screenshot("club-activity-four-eyes-zh");

        var approved = api.as("admin").post("/api/v1/club/activities/" + activity + "/budget-decision",
                Map.of("approved", true));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        browser.open("/club/activities");
        browser.await("[data-test=activity-open-" + activity + "]").click();
        browser.awaitText("[data-test=activity-budget-status]", "已批准");
        browser.await("[data-test=activity-open-sign-up]").click();
        browser.awaitText("[data-test=activity-status]", "报名中");

        Owner first = member();
        Owner second = member();
        long firstSignUp = signUp(first, activity);
        long secondSignUp = signUp(second, activity);
        assertThat(first.caller().delete("/api/v1/me/club/sign-ups/" + firstSignUp).status()).isEqualTo(200);
        var moved = second.caller().get("/api/v1/me/club/sign-ups/" + secondSignUp).json();
        assertThat(moved.get("status").asString()).isEqualTo("CONFIRMED");
        String code = moved.get("checkInCode").asString();
        String number = moved.get("memberNumber").asString();

        browser.await("[data-test=activity-open-" + activity + "]").click();
        browser.awaitText("[data-test=activity-sign-ups]", number);
        browser.awaitText("[data-test=activity-sign-ups]", "已确认");
        browser.awaitText("[data-test=activity-sign-ups]", "已取消");
        browser.await("#check-in-code").sendKeys(code, Keys.ENTER);
        browser.awaitText("[data-test=check-in-result]", "会员 " + number + " 签到成功");
        browser.await("#check-in-code").sendKeys(code, Keys.ENTER);
        browser.awaitText("[data-test=check-in-result]", "已于");
        assertThat(jdbc.sql("select count(*) from club_activity_signup where activity_id = :a and attended_at is not null")
                .param("a", activity).query(Long.class).single()).isEqualTo(1);
        assertThat(browser.seriousAccessibilityViolations()).as("axe after the check-in").isEmpty();
        browser.screenshot("club-activity-check-in-zh");

        browser.awaitScript("return document.querySelector('.el-message') === null");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=activity-open-" + activity + "]").click();
        browser.awaitText("[data-test=activity-status]", "Open for sign-up");
        browser.awaitText("[data-test=activity-budget-status]", "Approved");
        browser.await("#check-in-code").sendKeys("ESTATECARE-ACTIVITY:" + code, Keys.ENTER);
        browser.awaitText("[data-test=check-in-result]", "already checked in");
        assertNoChinese("the English activities screen");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English activities screen").isEmpty();
        browser.screenshot("club-activity-en");
    }

    private Owner member() {
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(owner);
        return owner;
    }

    private long signUp(Owner owner, long activity) {
        var answer = owner.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("id").asLong();
    }
}
