package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.Session;

/**
 * The portal's partner merchants and member magazine on a phone: a member opens 联盟商家 from the club page, sees an
 * active merchant of their company with today's offer, rates it and rates it again (one rating, changed); takes the
 * magazine and reads a published issue; in Chinese and English, axe-core on each.
 */
@EstateCareTest
class PortalClubMerchantScreenTests extends ScreenTest {

    @Override
    protected boolean phone() {
        return true;
    }

    @Test
    void aMemberSeesTheMerchantsOffersRatesOneAndRatesItAgain() throws IOException {
        String name = "社区花店" + UUID.randomUUID().toString().substring(0, 4);
        long merchant = merchant(name);
        var voucherOffer = api.as("agent").post("/api/v1/club/merchants/" + merchant + "/offers", Map.of("title",
                "鲜花兑换券", "terms", "凭券领取一束鲜花", "discountPercent", 100, "validFrom", "2026-11-01",
                "validTo", "2026-12-31", "points", 30));
        assertThat(voucherOffer.status()).as(voucherOffer.body()).isEqualTo(201);
        long offer = voucherOffer.json().get("id").asLong();
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        browser.signedIn(Session.signIn(api, owner.username(), ClubOwners.PASSWORD)).open("/m/club");

        browser.await("[data-test=club-merchants-link]").click();
        browser.awaitText("[data-test=portal-merchant][aria-label='" + name + "']", "会员八折");
        assertThat(browser.await("[data-test=rate-" + merchant + "]").isDisplayed()).isTrue();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the merchants page").isEmpty();
        browser.screenshot("portal-club-merchants-zh");

        browser.tap("[data-test=score-" + merchant + "-4]");
        browser.await("[data-test=comment-" + merchant + "]").sendKeys("花很新鲜");
        browser.tap("[data-test=rate-submit-" + merchant + "]");
        browser.awaitText("[data-test=my-rating-" + merchant + "]", "4 分");
        browser.tap("[data-test=score-" + merchant + "-2]");
        browser.tap("[data-test=rate-submit-" + merchant + "]");
        browser.awaitText("[data-test=my-rating-" + merchant + "]", "2 分");
        assertThat(jdbc.sql("select score || ' ' || comment from club_merchant_rating where merchant_id = :m")
                .param("m", merchant).query(String.class).list()).containsExactly("2 花很新鲜");
        browser.tap("[data-test=voucher-" + offer + "]");
        browser.tap("[data-test=voucher-yes-" + offer + "]");
        browser.awaitText("[data-test=my-vouchers]", "QV-");
        String code = owner.caller().get("/api/v1/me/club/vouchers").json().get(0).get("code").asString();
        browser.awaitText("[data-test=voucher-code]", code);
        assertThat(browser.seriousAccessibilityViolations()).as("axe with a voucher").isEmpty();
        var used = api.as("agent").post("/api/v1/club/merchants/" + merchant + "/voucher-uses", Map.of("code", code));
        assertThat(used.status()).as("used at the shop (decision 051)").isEqualTo(200);
        browser.open("/m/club/merchants");
        browser.awaitText("[data-test=voucher-used]", "已使用");

        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.open("/m/club/merchants");
        browser.awaitText("[data-test=my-rating-" + merchant + "]", "2 of 5");
        browser.awaitText("[data-test=voucher-used]", "Used on");
        assertNoChinese("the English merchants page");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English merchants page").isEmpty();
        browser.screenshot("portal-club-merchants-en");
    }

    @Test
    void aMemberTakesTheMagazineAndReadsAPublishedIssue() throws IOException {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        browser.signedIn(Session.signIn(api, owner.username(), ClubOwners.PASSWORD)).open("/m/club");
        browser.await("[data-test=club-magazine-link]").click();
        browser.awaitText("[data-test=magazine-consent]", "会刊");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the magazine page").isEmpty();
        browser.await("[data-test=magazine-wanted]").click();
        browser.awaitText("main", "已订阅");
        assertThat(owner.caller().get("/api/v1/me/club/magazine").json().get("wanted").asBoolean()).isTrue();

        String title = "春季刊" + UUID.randomUUID().toString().substring(0, 4);
        int number = 50_001 + Math.floorMod(title.hashCode(), 40_000);
        var issue = api.as("agent").post("/api/v1/club/magazine/issues", Map.of("number", number, "title", title,
                "issueDate", "2026-11-20"));
        assertThat(issue.status()).as(issue.body()).isEqualTo(201);
        long id = issue.json().get("id").asLong();
        assertThat(api.as("agent").post("/api/v1/club/magazine/issues/" + id + "/articles", Map.of("title",
                "小区的秋天", "body", "银杏叶黄了。")).status()).isEqualTo(201);
        assertThat(api.as("manager").post("/api/v1/club/magazine/issues/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);

        browser.open("/m/club/magazine");
        browser.await("[data-test=magazine-read-" + id + "]").click();
        browser.awaitText("[data-test=magazine-article]", "小区的秋天");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on an issue").isEmpty();
        browser.screenshot("portal-club-magazine-zh");
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    private long merchant(String name) {
        var made = api.as("agent").post("/api/v1/club/merchants", Map.of("name", name, "category", "RETAIL",
                "address", "湖滨路 6 号", "contactName", "周店长", "contactPhone", "13912348001",
                "contractFrom", "2026-01-01", "contractTo", "2027-12-31"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        assertThat(api.as("manager").post("/api/v1/club/merchants/" + id + "/status", Map.of("status", "ACTIVE"))
                .status()).isEqualTo(200);
        assertThat(api.as("agent").post("/api/v1/club/merchants/" + id + "/offers", Map.of("title", "会员八折",
                "terms", "凭会员卡购花八折", "discountPercent", 20, "validFrom", "2026-11-01", "validTo", "2026-12-31"))
                .status()).isEqualTo(201);
        return id;
    }
}
