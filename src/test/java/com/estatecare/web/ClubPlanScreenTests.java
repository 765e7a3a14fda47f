package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The workbench's club activity plans: a manager drafts a project's plan of a year with a planned activity, submits
 * it and is told they cannot approve their own plan; another manager approves it; changing the item afterwards makes
 * the plan revised and the change shows in the record; an activity scheduled in the form names the planned activity,
 * the list narrows to its month, staff sign a member up on their behalf in the detail, and the plan shows it against
 * the plan; in Chinese and English, axe-core on each.
 */
@EstateCareTest
class ClubPlanScreenTests extends ScreenTest {

    @Test
    void aManagerPlansTheYearAnotherApprovesItAndAnActivityRealisesAPlannedOne() throws IOException {
        String theme = "春季游园" + UUID.randomUUID().toString().substring(0, 4);
        signIn(browser, "manager", "/club/plans");
        browser.await("[data-test=plan-pick]");
        WebElement year = browser.await("#plan-year");
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2028", Keys.TAB);
        browser.await("[data-test=plan-create]").click();
        browser.awaitText("[data-test=plan-status]", "草稿");
        long plan = jdbc.sql("""
                select id from club_activity_plan where plan_year = 2028 and created_by_name is not null
                order by id desc limit 1""").query(Long.class).single();

        browser.await("#plan-item-month").sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
        browser.await("#plan-item-theme").sendKeys(theme);
        browser.await("#plan-item-target").sendKeys(Keys.chord(Keys.CONTROL, "a"), "30", Keys.TAB);
        browser.await("#plan-item-budget").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2000", Keys.TAB);
        browser.await("[data-test=plan-item-save]").click();
        browser.awaitText("[data-test=plan-month-3]", theme);
        browser.awaitText("[data-test=plan-budget]", "2000.00");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the plan").isEmpty();

        browser.await("[data-test=plan-submit]").click();
        browser.awaitText("[data-test=plan-status]", "待审批");
        browser.await("[data-test=plan-approve]").click();
        browser.awaitText(".problem", "提交人以外的客户会经理审批");
        browser.awaitText("[data-test=plan-status]", "待审批");
        assertThat(browser.seriousAccessibilityViolations()).as("axe with the four-eyes problem").isEmpty();
        browser.screenshot("club-plan-four-eyes-zh");
        var approved = api.as("admin").post("/api/v1/club/plans/" + plan + "/decision", Map.of("approved", true));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        browser.open("/club/plans");
        browser.await("#plan-year").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2028", Keys.TAB);
        browser.awaitText("[data-test=plan-status]", "已批准");
        long item = jdbc.sql("select id from club_activity_plan_item where plan_id = :p").param("p", plan)
                .query(Long.class).single();
        browser.await("[data-test=plan-item-edit-" + item + "]").click();
        browser.await("#plan-item-target").sendKeys(Keys.chord(Keys.CONTROL, "a"), "45", Keys.TAB);
        browser.await("[data-test=plan-item-save]").click();
        browser.awaitText("[data-test=plan-status]", "已调整");
        browser.awaitText("[data-test=plan-changes]", "修改");
        browser.awaitText("[data-test=plan-changes]", "45人");

        String activityTheme = theme + "活动";
        browser.open("/club/activities");
        browser.await("[data-test=activities]");
        browser.await("#activity-theme").sendKeys(activityTheme);
        browser.await("#activity-place").sendKeys("中心花园");
        browser.await("#activity-starts").sendKeys("2028-03-10 14:00:00", Keys.ENTER);
        browser.await("#activity-ends").sendKeys("2028-03-10 16:00:00", Keys.ENTER);
        browser.await("[data-test=activity-plan-item] .el-select__wrapper").click();
        browser.awaitScript("""
                const option = [...document.querySelectorAll('.el-select-dropdown__item')]
                    .find(e => e.offsetParent !== null && e.textContent.includes(arguments[0]));
                if (option) option.click();
                return !!option;""", theme);
        browser.await("[data-test=activity-schedule]").click();
        browser.awaitText("[data-test=activity-detail]", activityTheme);
        long activity = jdbc.sql("select id from club_activity where theme = :t and plan_item_id = :i")
                .param("t", activityTheme).param("i", item).query(Long.class).single();

        browser.await("#activity-filter-month").sendKeys("2028-03", Keys.ENTER);
        browser.awaitText("[data-test=activities]", activityTheme);
        assertThat(browser.await("[data-test=activities]").getText()).doesNotContain("亲子烘焙活动");

        assertThat(api.as("agent").post("/api/v1/club/activities/" + activity + "/budget-request", Map.of())
                .status()).isEqualTo(200);
        assertThat(api.as("admin").post("/api/v1/club/activities/" + activity + "/budget-decision",
                Map.of("approved", true)).status()).isEqualTo(200);
        assertThat(api.as("agent").post("/api/v1/club/activities/" + activity + "/transitions", Map.of("to", "OPEN"))
                .status()).isEqualTo(200);
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        String number = ClubOwners.join(owner).get("number").asString();
        browser.await("[data-test=activity-open-" + activity + "]").click();
        WebElement search = browser.await("[data-test=staff-sign-up-member] input");
        search.click();
        search.sendKeys(number);
        browser.awaitScript("""
                const option = [...document.querySelectorAll('.el-select-dropdown__item')]
                    .find(e => e.offsetParent !== null && e.textContent.includes(arguments[0]));
                if (option) option.click();
                return !!option;""", number);
        browser.await("[data-test=staff-sign-up-submit]").click();
        browser.awaitText("[data-test=staff-sign-up-result]", "已为会员 " + number + " 报名：已确认");
        browser.awaitText("[data-test=activity-sign-ups]", number);
        assertThat(jdbc.sql("select signed_up_by from club_activity_signup where activity_id = :a")
                .param("a", activity).query(String.class).single()).isNotBlank();
        assertThat(browser.seriousAccessibilityViolations()).as("axe after the staff sign-up").isEmpty();
        browser.screenshot("club-activity-staff-sign-up-zh");

        browser.open("/club/plans");
        browser.await("#plan-year").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2028", Keys.TAB);
        browser.awaitText("[data-test=plan-month-total-3]", "报名 / 签到 1 / 0");

        browser.awaitScript("return document.querySelector('.el-message') === null");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=plan-status]", "Revised");
        browser.awaitText("[data-test=plan-changes]", "Changed");
        assertNoChinese("the English plan screen");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English plan screen").isEmpty();
        browser.screenshot("club-plan-en");
    }
}
