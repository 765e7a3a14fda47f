package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.sales.ASale;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The sales stage on screen in Chromium: the visitors' list and a visit registered from it, a customer's sales page
 * with the follow-ups, the schedule paid and due and the loan's and certificate's steps, a follow-up recorded, the
 * consultant's follow-ups due; the buyer's purchase progress on a phone (390×844), their own only; a check-out
 * answered granted on the request's page, the deal then shown ended to staff and buyer. axe-core on each, Chinese by
 * default, English without Chinese or raw keys.
 */
@EstateCareTest
class SalesScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;

    /** Clicks the visible option of an open Element Plus select that shows {@code text}. */
    private void pickOption(String text) {
        browser.awaitScript("""
                const option = [...document.querySelectorAll('.el-select-dropdown__item')]
                    .find(e => e.offsetParent !== null && e.textContent.includes(arguments[0]));
                if (option) option.click();
                return !!option;""", text);
    }

    @Test
    void anAgentRegistersAVisitAndFollowsASaleOnTheCustomersSalesPage() throws IOException {
        JsonNode deal = new ASale(api, given).contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long dealId = deal.get("id").asLong();
        long customer = deal.get("customerId").asLong();
        String name = api.as("agent").get("/api/v1/customers/" + customer).json().get("name").asString();
        ok(api.as("agent").post("/api/v1/sales/deals/" + dealId + "/payments",
                Map.of("seq", 1, "amountFen", 1_000_000_00L, "paidOn", "2026-11-24")));
        ok(api.as("agent").post("/api/v1/sales/deals/" + dealId + "/steps",
                Map.of("step", "LOAN_APPLIED", "doneOn", "2026-11-21")));
        ok(api.as("agent").post("/api/v1/sales/customers/" + customer + "/follow-ups", Map.of("followedOn",
                "2026-11-20", "channel", "WECHAT", "note", "客户询问按揭进度", "nextStep", "回电告知审批结果",
                "nextOn", "2026-11-23")));

        signIn(browser, "agent", "/sales");
        browser.awaitText("[data-test=prospects]", name);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the visitors").isEmpty();
        browser.screenshot("workbench-sales-prospects-zh");

        browser.await("[data-test=register-visit]").click();
        browser.await("#visit-name").sendKeys("访客 孙丽");
        browser.await("#visit-phone").sendKeys(ASale.phone());
        // checked before the day is typed: the date picker's open panel is Element Plus's own unnamed popup
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the visit form").isEmpty();
        browser.await("[data-test=visit-source]").click();
        pickOption("老带新");
        browser.await("[data-test=visit-referrer]").click();
        WebElement referrer = browser.await("#visit-referrer");
        referrer.sendKeys(name);
        pickOption(name);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the visit form with a referrer").isEmpty();
        browser.await("#visit-day").sendKeys("2026-11-22", Keys.ENTER);
        browser.await("[data-test=save-visit]").click();
        browser.awaitText("[data-test=customer-name]", "访客 孙丽");
        browser.awaitText("[data-test=customer-kind]", "意向客户");
        assertThat(jdbc.sql("""
                select p.referrer_customer_id from sales_prospect p join customer c on c.id = p.customer_id
                where c.name = '访客 孙丽'""").query(Long.class).single()).as("老带新: the referrer kept").isEqualTo(customer);

        browser.open("/sales/customers/" + customer);
        browser.awaitText("[data-test=customer-name]", name);
        browser.awaitText("[data-test=instalment-1]", "已付清");
        assertThat(browser.await("[data-test=instalment-2]").getText()).isEqualTo("待付");
        assertThat(browser.await("[data-test=track-LOAN]").getText()).contains("按揭资料已提交银行", "2026-11-21",
                "银行已放款");
        assertThat(browser.await("[data-test=follow-ups]").getText()).contains("客户询问按揭进度", "回电告知审批结果");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the sales page").isEmpty();
        browser.screenshot("workbench-sales-customer-zh");

        browser.await("[data-test=open-follow-up]").click();
        browser.await("#fu-day").sendKeys("2026-11-24", Keys.ENTER);
        browser.await("#fu-note").sendKeys("已邀约周末看交付样板");
        browser.await("#fu-next").sendKeys("周末陪同看样板");
        browser.await("#fu-next-on").sendKeys("2026-11-24", Keys.ENTER);
        browser.await("[data-test=save-sales]").click();
        browser.awaitText("[data-test=follow-ups]", "已邀约周末看交付样板");

        browser.open("/sales/follow-ups");
        browser.await("#follow-ups-until").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-11-24", Keys.ENTER);
        browser.await("[data-test=follow-ups-everyone]").click();
        browser.awaitText("[data-test=follow-ups]", name);
        assertThat(browser.await("[data-test=follow-ups]").getText()).contains("周末陪同看样板");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the follow-ups due").isEmpty();

        browser.open("/sales/customers/" + customer);
        browser.awaitText("[data-test=instalment-1]", "已付清");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=instalment-1]", "Paid");
        assertThat(browser.await("[data-test=track-LOAN]").getText()).contains("Loan papers handed to the bank");
        assertNoChinese("the English sales page");
        browser.screenshot("workbench-sales-customer-en");
    }

    @Test
    void theBuyerFollowsTheirPurchaseLikeAParcelOnAPhone() throws IOException {
        browser.viewport(390, 844, true);
        JsonNode deal = new ASale(api, given).contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long dealId = deal.get("id").asLong();
        long customer = deal.get("customerId").asLong();
        for (String[] step : new String[][] { { "LOAN_APPLIED", "2026-11-21" }, { "LOAN_APPROVED", "2026-11-23" },
                { "CERTIFICATE_FILED", "2026-11-22" } }) {
            ok(api.as("agent").post("/api/v1/sales/deals/" + dealId + "/steps",
                    Map.of("step", step[0], "doneOn", step[1])));
        }
        signInAsBuyer(customer);
        browser.open("/m/me");
        browser.tap("[data-test=purchase-entry]");
        browser.awaitText("[data-test=track-LOAN]", "银行审批通过");
        assertThat(browser.await("[data-test=track-LOAN]").getText()).contains("2026-11-23", "待办理", "银行已放款");
        assertThat(browser.await("[data-test=track-CERTIFICATE]").getText()).contains("购房合同已备案", "2026-11-22");
        assertThat(browser.await("[data-test=schedule]").getText()).contains("第 1 期", "2026-11-28", "待付");
        assertThat(browser.all("[data-test^=purchase-]").stream().filter(e -> e.getDomAttribute("data-test")
                .matches("purchase-\\d+")).toList()).as("their own purchase only").hasSize(1);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the purchase progress").isEmpty();
        browser.screenshot("portal-purchase-zh");

        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.tap("[data-test=purchase-entry]");
        browser.awaitText("[data-test=track-LOAN]", "Loan approved");
        assertNoChinese("the owner's English purchase progress");
        browser.screenshot("portal-purchase-en");
    }

    @Test
    void aGrantedCheckOutEndsTheDealOnTheSalesPageAndInThePortal() throws IOException {
        JsonNode deal = new ASale(api, given).contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long dealId = deal.get("id").asLong();
        long customer = deal.get("customerId").asLong();
        Api.Response checkOut = api.as("agent").post("/api/v1/sales/deals/" + dealId + "/check-outs",
                Map.of("channel", "WALK_IN", "reason", "家庭变故，申请退房", "expectedOutcome", "退还已付房款"));
        ok(checkOut);
        long request = checkOut.json().get("requestId").asLong();

        signIn(browser, "agent", "/requests/" + request);
        browser.await("[data-test=action-ANSWER]").click();
        browser.await("[data-test=action-form] [data-test=field-note]");
        assertThat(browser.await("[data-test=action-form]").getText()).contains("同意退房");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the check-out's answer").isEmpty();
        browser.await("#action-ANSWER-granted .el-radio").click();
        browser.await("#action-ANSWER-note").sendKeys("经审核同意退房，按合同退还已付房款");
        browser.await("[data-test=submit-action]").click();
        browser.awaitText("[data-test=allowed-actions]", "回访");

        browser.open("/sales/customers/" + customer);
        browser.awaitText("[data-test=deal-status]", "已退房");
        assertThat(browser.await("[data-test=checked-out-on]").getText()).contains("2026-11-24");
        assertThat(browser.await("[data-test=outcome-" + request + "]").getText()).isEqualTo("同意退房");
        assertThat(browser.all("[data-test=open-pay]")).as("no payment for an ended deal").isEmpty();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the ended deal").isEmpty();
        browser.screenshot("workbench-sales-checked-out-zh");

        browser.forgetEverything().viewport(390, 844, true);
        signInAsBuyer(customer);
        browser.open("/m/purchase");
        browser.awaitText("[data-test=purchase-status]", "已退房");
        assertThat(browser.await("[data-test=purchase-ended]").getText()).contains("2026-11-24",
                checkOut.json().get("number").asString());
        assertThat(browser.all("[data-test=schedule]")).as("no schedule any more").isEmpty();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the ended purchase").isEmpty();
        browser.open("/m/me");
        browser.await(".locale-switch button[lang=en]").click();
        browser.tap("[data-test=purchase-entry]");
        browser.awaitText("[data-test=purchase-status]", "Checked out");
        assertNoChinese("the owner's English ended purchase");
    }

    /** Signs in on the portal as a new owner account of the customer (a buyer of 翠湖苑). */
    private void signInAsBuyer(long customer) {
        String buyer = new ASale(api, given).portalAccount(customer);
        browser.open("/m/sign-in");
        browser.await("[data-test=sign-in-other-way]").click();
        browser.await("#username").sendKeys(buyer);
        browser.await("#password").sendKeys("Lantern-Orchid-57");
        browser.await("button[type=submit]").click();
        browser.await("[data-test=tab-requests]");
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
