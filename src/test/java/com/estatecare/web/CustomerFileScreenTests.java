package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * A customer's file (客户服务档案) at {@code /customers/{id}} in Chromium: found on {@code /customers} by the last
 * four digits of the phone as the intake finds callers, the person with the phone masked, the unit, the requests
 * with links to their detail and back, the note corrected; the same file in English; the second company's agent
 * finding nothing at the first company's address, and an owner sent to the portal.
 */
@EstateCareTest
class CustomerFileScreenTests extends ScreenTest {


    @Test
    void agentFindsACustomerByTheLastDigitsOfThePhoneReadsTheFileFollowsARequestAndCorrectsTheNote()
            throws IOException {
        String phone = uniquePhone();
        Customer customer = customerWithARequest("档案测试", phone);

        signIn(browser, "agent", "/customers");
        browser.await("[data-test=customer-table] tbody tr");
        browser.await("#customers-q").sendKeys(phone.substring(7));
        browser.awaitScript("""
                const phones = [...document.querySelectorAll('[data-test=customer-table] tbody tr td:nth-child(2)')];
                return phones.length > 0 && phones.every(p => p.textContent.trim().endsWith(arguments[0]))""",
                phone.substring(7));
        String link = "[data-test=customer-table] a[href='/customers/" + customer.id() + "']";
        browser.await(link).click();
        browser.awaitText("[data-test=customer-name]", "档案测试");
        assertThat(browser.await("[data-test=customer-phone]").getText()).isEqualTo(phone.substring(0, 3) + "****"
                + phone.substring(7));
        browser.awaitText("[data-test=ownerships]", "产权人");
        browser.awaitText("[data-test=customer-requests]", customer.number());
        browser.awaitText("[data-test=file-timeline]", "受理工单");
        assertThat(browser.interfaceText()).contains("客户服务档案", "房产与产权", "服务记录").doesNotContain(phone)
                .doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the file").isEmpty();

        browser.await("[data-test=edit-customer]").click();
        browser.await("#customer-note").sendKeys("只接受下午来电");
        browser.await("[data-test=save-customer]").click();
        browser.awaitText("[data-test=customer-note]", "只接受下午来电");
        assertThat(api.as("agent").get("/api/v1/customers/" + customer.id()).json().get("phone").asString())
                .as("the masked phone was not sent back").isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        browser.screenshot("customer-file-zh");

        browser.await("[data-test=customer-requests] [data-test=request-link]").click();
        browser.awaitText("h1", customer.number());
        browser.await("[data-test=customer-file-link]").click();
        browser.awaitPath("/customers/" + customer.id());
        browser.awaitText("[data-test=customer-name]", "档案测试");
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    @Test
    void theFileReadsInEnglishAndIsNotThereForTheSecondCompanyOrAnOwner() throws IOException {
        Customer customer = customerWithARequest("英文测试", uniquePhone());
        String file = "/customers/" + customer.id();

        signIn(browser, "agent", file);
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Customer service file");
        browser.awaitText("[data-test=file-timeline]", "Request received");
        browser.awaitText("[data-test=customer-requests]", customer.number());
        assertNoChinese("the English customer file");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English file").isEmpty();
        browser.screenshot("customer-file-en");

        browser.forgetEverything();
        signIn(browser, "hz-agent", file);
        browser.await("[data-test=not-found]");
        assertThat(browser.interfaceText()).doesNotContain("英文测试").doesNotContain(customer.number());

        browser.forgetEverything();
        browser.open("/sign-in");
        browser.await("#username").sendKeys("owner");
        browser.await("#password").sendKeys("demo");
        browser.await("button[type=submit]").click();
        String inThePortal = "return location.pathname.startsWith('/m/')";
        browser.awaitScript(inThePortal);
        browser.open(file);
        browser.awaitScript(inThePortal);
    }

    record Customer(long id, String number) {
    }

    /** A customer of the first company on a unit nobody owns, with one repair registered by phone. */
    private Customer customerWithARequest(String name, String phone) {
        long unitId = jdbc.sql("""
                select u.id
                  from unit u
                  join project p on p.id = u.project_id
                 where p.name = '翠湖苑'
                   and not exists (select 1 from ownership o where o.unit_id = u.id)
                 order by u.id desc
                 limit 1""").query(Long.class).single();
        long projectId = jdbc.sql("select project_id from unit where id = :id").param("id", unitId).query(Long.class)
                .single();
        Api.Response created = api.as("agent").post("/api/v1/customers", Map.of("name", name, "kind", "NEW_OWNER",
                "phone", phone, "projectId", projectId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response owned = api.as("agent").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unitId, "role", "OWNER"));
        assertThat(owned.status()).as(owned.body()).isEqualTo(201);
        Api.Response request = api.as("agent").post("/api/v1/requests", Map.of("kind", "REPAIR", "channel", "PHONE",
                "customerId", id, "unitId", unitId, "category", "HOUSING_QUALITY",
                "description", "阳台推拉门关不严", "readBackConfirmed", true));
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        return new Customer(id, request.json().get("number").asString());
    }

    private static String uniquePhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

}
