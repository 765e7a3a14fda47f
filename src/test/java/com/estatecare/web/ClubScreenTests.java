package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.Session;

/**
 * The customer club's screens: an owner joins on a phone from the 会员 page with the consent text, sees their card
 * with its QR code and member number, redeems a gift, and reads it all in English; staff find the member in the
 * members list and open their page, in Chinese and English; axe-core on each.
 */
@EstateCareTest
class ClubScreenTests extends ScreenTest {

    @Override
    protected boolean phone() {
        return true;
    }

    @Test
    void anOwnerJoinsOnAPhoneSeesTheirCardWithItsQrCodeAndRedeemsAGift() throws IOException {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        var gift = api.as("manager").post("/api/v1/club/gifts", Map.of("nameZh", "雨伞", "nameEn", "Umbrella",
                "points", 10));
        assertThat(gift.status()).as(gift.body()).isEqualTo(201);
        browser.signedIn(Session.signIn(api, owner.username(), ClubOwners.PASSWORD)).open("/m/club");

        browser.awaitText("[data-test=club-consent]", "客户会");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the join form").isEmpty();
        browser.screenshot("portal-club-join-zh");
        browser.await("[data-test=club-agree]").click();
        browser.await("[data-test=club-join-button]").click();

        browser.await("[data-test=club-card]");
        String number = owner.caller().get("/api/v1/me/club").json().get("member").get("number").asString();
        browser.awaitText("[data-test=club-number]", number);
        browser.awaitText("[data-test=club-level]", "银卡");
        assertThat(browser.await("[data-test=club-qr] path").getAttribute("d")).startsWith("M");
        assertThat(browser.await("[data-test=club-qr]").getAttribute("aria-label")).contains(number);
        int before = owner.caller().get("/api/v1/me/club").json().get("member").get("balance").asInt();
        browser.awaitText("[data-test=club-balance]", String.valueOf(before));
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the member card").isEmpty();
        browser.screenshot("portal-club-card-zh");

        browser.tap("[data-test=redeem-" + gift.json().get("id").asLong() + "]");
        browser.await("[data-test=club-redeem-yes]").click();
        browser.awaitText("[data-test=club-notice]", "兑换成功");
        browser.awaitText("[data-test=club-balance]", String.valueOf(before - 10));
        browser.awaitText("[data-test=club-ledger]", "雨伞");

        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.await("[data-test=tab-club]").click();
        browser.awaitText("[data-test=club-card]", "Member card");
        browser.awaitText("[data-test=club-ledger]", "Umbrella");
        assertNoChinese("the English club page");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English club page").isEmpty();
        browser.screenshot("portal-club-card-en");
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    @Test
    void staffFindAMemberInTheListAndOpenTheirPageInChineseAndEnglish() throws IOException {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        String number = ClubOwners.join(owner).get("number").asString();
        browser.viewport(1280, 800, false);

        signIn(browser, "agent", "/club/members?q=" + number);
        browser.awaitText("[data-test=club-members]", number);
        assertThat(browser.all("[data-test=club-member-link]")).hasSize(1);
        browser.awaitText("[data-test=club-members]", "银卡");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the members list").isEmpty();
        browser.screenshot("club-members-zh");

        browser.await("[data-test=club-member-link]").click();
        browser.awaitText("[data-test=member-number]", number);
        browser.awaitText("[data-test=member-ledger]", "入会");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the member page").isEmpty();

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=member-ledger]", "Joining");
        assertNoChinese("the English member page");
        browser.open("/club/members?q=" + number);
        browser.awaitText("[data-test=club-members]", "Silver");
        assertNoChinese("the English members list");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English members list").isEmpty();
        browser.screenshot("club-members-en");
    }
}
