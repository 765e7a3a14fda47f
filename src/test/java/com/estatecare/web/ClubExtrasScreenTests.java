package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.TestClockConfiguration;

/**
 * Decision 051 in Chromium: the revisit questionnaire's activity picker (method 活动期间回访), the revisit then shown on
 * the activity's detail; the voucher check at the shop — valid, used up once, then "already used at … by …" — in
 * Chinese and English, axe-core on each.
 */
@EstateCareTest
class ClubExtrasScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void aRevisitMadeDuringAnActivityIsPickedInTheQuestionnaireAndShownOnTheActivity() throws IOException {
        clock.set(TestClockConfiguration.START.minus(Duration.ofDays(40)));
        long request = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(request, "REPAIR", 6);
        clock.set(TestClockConfiguration.START);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from revisit_task where request_id = :id").param("id", request)
                .query(Long.class).single() == 1);
        String number = given.get(request).get("number").asString();
        String theme = "业主答谢会" + UUID.randomUUID().toString().substring(0, 4);
        long activity = activity(theme);
        clock.set(TestClockConfiguration.START.plus(Duration.ofMinutes(150)));

        signIn(browser, "agent", "/revisits");
        browser.awaitText("[data-test=revisit-table]", number);
        browser.awaitScript("""
                const row = [...document.querySelectorAll('[data-test=revisit-table] tbody tr')]
                    .find(r => r.textContent.includes(arguments[0]));
                if (row) row.querySelector('[data-test=fill]').click();
                return !!row;""", number);
        browser.await("[data-test=questionnaire]");
        browser.await("[data-test=method-ACTIVITY]").click();
        browser.await("[data-test=revisit-activity-picker] .el-select__wrapper").click();
        browser.awaitScript("""
                const option = [...document.querySelectorAll('.el-select-dropdown__item')]
                    .find(e => e.offsetParent !== null && e.textContent.includes(arguments[0]));
                if (option) option.click();
                return !!option;""", theme);
        browser.awaitText("[data-test=revisit-activity-picker]", theme);
        browser.script("document.querySelector(\"[data-test=q-satisfaction] input[value='5']\").click()");
        browser.script("document.querySelector(\"[data-test=q-followedUp] input[value='true']\").click()");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the questionnaire with its picker").isEmpty();
        browser.screenshot("revisit-activity-picker-zh");
        browser.await("[data-test=submit-revisit]").click();
        browser.awaitText("[data-test=revisit-done]", number);
        assertThat(jdbc.sql("select activity_id from revisit_task where request_id = :id").param("id", request)
                .query(Long.class).single()).isEqualTo(activity);

        browser.open("/club/activities");
        browser.await("[data-test=activity-open-" + activity + "]").click();
        browser.awaitText("[data-test=activity-revisits]", number);
        browser.awaitText("[data-test=activity-revisits]", "满意");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the activity with its revisits").isEmpty();
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=activity-revisits]", "Revisits made during the activity");
        browser.screenshot("club-activity-revisits-en");
    }

    @Test
    void staffCheckAVoucherAtTheShopUseItUpOnceAndAreToldWhenItWasUsed() throws IOException {
        String merchant = "面包房" + UUID.randomUUID().toString().substring(0, 4);
        long merchantId = activeMerchant(merchant);
        String code = voucher(merchantId);

        signIn(browser, "agent", "/club/vouchers");
        browser.awaitText("h1", "优惠券核销");
        browser.await("[data-test=voucher-merchant] .el-select__wrapper").click();
        browser.awaitScript("""
                const option = [...document.querySelectorAll('.el-select-dropdown__item')]
                    .find(e => e.offsetParent !== null && e.textContent.includes(arguments[0]));
                if (option) option.click();
                return !!option;""", merchant);
        browser.await("#voucher-code").sendKeys(code.toLowerCase(), Keys.ENTER);
        browser.awaitText("[data-test=voucher-status]", "有效");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on a valid voucher").isEmpty();
        browser.await("[data-test=voucher-use]").click();
        browser.awaitText("[data-test=voucher-used-now]", "已核销");
        browser.awaitText("[data-test=voucher-status]", "已核销");
        browser.screenshot("club-voucher-used-zh");
        assertThat(jdbc.sql("select count(*) from club_voucher where code = :c and used_at is not null")
                .param("c", code).query(Long.class).single()).isEqualTo(1);

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Voucher check");
        browser.await("[data-test=voucher-check]").click();
        browser.awaitText("[data-test=voucher-status]", "Already used");
        browser.awaitText("[data-test=voucher-used]", "Used on");
        assertNoChinese("the English voucher check");
        assertThat(browser.seriousAccessibilityViolations()).as("axe in English").isEmpty();
        browser.await("#voucher-code").sendKeys(Keys.chord(Keys.CONTROL, "a"), "not-a-code", Keys.ENTER);
        browser.awaitText(".problem", "QV-");
        browser.screenshot("club-voucher-check-en");
    }

    /** An activity of the agent's first project, starting an hour after the tests' start, approved and open. */
    private long activity(String theme) {
        Instant starts = TestClockConfiguration.START.plus(Duration.ofHours(1));
        long project = api.as("agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("projectId").asLong();
        var made = api.as("agent").post("/api/v1/club/activities", Map.of("projectId", project, "theme", theme,
                "place", "会所", "startsAt", starts.toString(), "endsAt", starts.plus(Duration.ofHours(2)).toString(),
                "capacity", 50, "budgetPlannedFen", 0));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    private long activeMerchant(String name) {
        var made = api.as("agent").post("/api/v1/club/merchants", Map.of("name", name, "category", "DINING",
                "address", "湖滨路 8 号", "contactName", "王经理", "contactPhone", "139 1234 8000",
                "contractFrom", "2026-01-01", "contractTo", "2027-12-31"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        assertThat(api.as("manager").post("/api/v1/club/merchants/" + id + "/status", Map.of("status", "ACTIVE"))
                .status()).isEqualTo(200);
        return id;
    }

    private String voucher(long merchant) {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        var offer = api.as("agent").post("/api/v1/club/merchants/" + merchant + "/offers", Map.of("title", "面包券",
                "terms", "凭券领取面包一份", "discountPercent", 100, "validFrom", "2026-11-01", "validTo", "2026-12-31",
                "points", 10));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        var voucher = owner.caller().header("Idempotency-Key", "screen-" + UUID.randomUUID())
                .post("/api/v1/me/club/merchants/offers/" + offer.json().get("id").asLong() + "/vouchers", Map.of());
        assertThat(voucher.status()).as(voucher.body()).isEqualTo(201);
        return voucher.json().get("code").asString();
    }
}
