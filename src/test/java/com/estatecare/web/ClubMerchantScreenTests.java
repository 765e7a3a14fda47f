package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The club's workbench screens for partner merchants and the member magazine, and joining an owner on their behalf:
 * a manager onboards a merchant, takes it on, adds an offer and records a complaint and reads its assessment; edits
 * an issue of the magazine with an article and its PDF and publishes it; an agent joins an owner from the members
 * list with the consent given on paper; in Chinese and English, axe-core on each.
 */
@EstateCareTest
class ClubMerchantScreenTests extends ScreenTest {

    @Test
    void aManagerOnboardsAMerchantTakesItOnAddsAnOfferAndReadsItsAssessment() throws IOException {
        String name = "湖畔书店" + UUID.randomUUID().toString().substring(0, 4);
        signIn(browser, "manager", "/club/merchants");
        browser.await("[data-test=merchants]");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the merchants list").isEmpty();

        browser.await("[data-test=merchant-onboard]").click();
        browser.await("#merchant-name").sendKeys(name);
        browser.await("#merchant-address").sendKeys("湖滨路 12 号");
        browser.await("#merchant-contact").sendKeys("李店长");
        browser.await("#merchant-phone").sendKeys("13912348000");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the onboarding form").isEmpty();
        browser.screenshot("club-merchant-onboarding-zh");
        browser.await("[data-test=merchant-save]").click();

        browser.awaitText("[data-test=merchant-detail]", name);
        browser.awaitText("[data-test=merchant-detail]", "申请中");
        browser.awaitText("[data-test=merchants]", "139****8000");
        browser.await("[data-test=merchant-move-ACTIVE]").click();
        browser.await("[data-test=merchant-move-SUSPENDED]");
        assertThat(browser.all("[data-test=merchant-move-ACTIVE]")).as("taken on").isEmpty();
        browser.await("#offer-title").sendKeys("会员九折");
        browser.await("#offer-terms").sendKeys("凭会员卡购书九折");
        browser.await("[data-test=offer-add]").click();
        browser.awaitText("[data-test=merchant-offers]", "会员九折");
        // the application's day, not the browser's: a complaint's day may not lie in the future
        browser.await("#complaint-day").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-11-24", Keys.ENTER);
        browser.await("#complaint-note").sendKeys("会员反映排队太久");
        browser.await("[data-test=complaint-add]").click();
        browser.awaitText("[data-test=merchant-complaints]", "会员反映排队太久");
        browser.awaitText("[data-test=merchant-assessment]", "未评级");
        browser.awaitText("[data-test=merchant-assessment]", "评价不足");
        // the complaint day's calendar (a popper with role dialog, unnamed by Element Plus) has finished closing
        browser.awaitScript("return [...document.querySelectorAll('.el-picker__popper')]"
                + ".every(p => getComputedStyle(p).display === 'none')");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the merchant's page").isEmpty();
        browser.screenshot("club-merchant-zh");

        browser.awaitScript("return document.querySelector('.el-message') === null");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=merchant-assessment]", "Not graded");
        browser.awaitText("[data-test=merchant-detail]", "Active");
        assertNoChinese("the English merchants screen");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English merchants screen").isEmpty();
        browser.screenshot("club-merchant-en");
    }

    @Test
    void aManagerMakesAnIssueWithAnArticleAndItsPdfAndPublishesIt() throws IOException {
        String title = "冬季刊" + UUID.randomUUID().toString().substring(0, 4);
        Path pdf = Files.createTempFile("issue", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        signIn(browser, "manager", "/club/magazine");
        browser.await("[data-test=magazine-issues]");
        browser.await("#issue-title").sendKeys(title);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the issues").isEmpty();
        browser.await("[data-test=issue-create]").click();

        browser.awaitText("[data-test=issue-detail]", title);
        browser.awaitText("[data-test=issue-detail]", "草稿");
        browser.await("#article-title").sendKeys("业主的花园");
        browser.await("#article-body").sendKeys("三号楼的王先生把阳台变成了花园。");
        browser.await("[data-test=article-add]").click();
        browser.awaitText("[data-test=issue-article]", "业主的花园");
        browser.await("[data-test=issue-pdf-file]").sendKeys(pdf.toAbsolutePath().toString());
        browser.awaitText("[data-test=issue-pdf]", "issue");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the draft issue").isEmpty();
        browser.screenshot("club-magazine-draft-zh");

        browser.await("[data-test=issue-publish]").click();
        browser.await("[data-test=issue-publish-yes]").click();
        browser.awaitText("[data-test=issue-published]", "已出版");
        browser.awaitText("[data-test=magazine-issues]", title);
        assertThat(browser.all("[data-test=article-title]")).as("a published issue is final").isEmpty();

        browser.awaitScript("return document.querySelector('.el-message') === null");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=issue-published]", "Published");
        assertNoChinese("the English magazine screen");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English magazine screen").isEmpty();
        browser.screenshot("club-magazine-en");
        Files.deleteIfExists(pdf);
    }

    @Test
    void anAgentJoinsAnOwnerOnTheirBehalfWithTheConsentGivenOnPaper() throws IOException {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        signIn(browser, "agent", "/club/members");
        browser.await("[data-test=club-join-open]").click();
        browser.awaitText("[data-test=join-consent]", "客户会");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the join dialog").isEmpty();
        browser.screenshot("club-join-zh");

        browser.await("#join-customer").sendKeys(phoneOf(owner));
        browser.await("[data-test=join-pick-" + owner.customerId() + "]").click();
        browser.await("[data-test=join-picked]");
        browser.await("[data-test=join-agreed]").click();
        browser.await("[data-test=join-submit]").click();

        await().atMost(Duration.ofSeconds(30)).until(() -> !owner.caller().get("/api/v1/me/club").json().get("member")
                .isNull());
        String number = owner.caller().get("/api/v1/me/club").json().get("member").get("number").asString();
        browser.awaitText("[data-test=club-members]", number);
        assertThat(owner.caller().get("/api/v1/me/club").json().get("member").get("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(api.as("agent").get("/api/v1/customers/" + owner.customerId() + "/consents").json().get("current")
                .valueStream().filter(c -> c.get("purpose").asString().equals("CLUB")).findFirst().orElseThrow()
                .get("channel").asString()).isEqualTo("PAPER");
    }

    /** The owner's full phone, as the agent types it from the paper form (the test reads it from the database). */
    private String phoneOf(Owner owner) {
        return jdbc.sql("select phone from customer where id = :id").param("id", owner.customerId()).query(String.class)
                .single();
    }
}
