package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The call-back button (回拨) and the audit log screen (审计日志, {@code /admin/audit}) in Chromium: an agent
 * reveals and dials a customer's number from the file, shown only while the dialog is open; the auditor, whose
 * workbench is the audit log alone, finds that reveal and exports the search; the screen in English.
 */
@EstateCareTest
class AuditScreenTests extends ScreenTest {

    @Test
    void anAgentCallsBackFromTheFileAndTheAuditorFindsTheRevealInTheAuditLog() throws IOException {
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var created = api.as("agent").post("/api/v1/customers", Map.of("name", "回拨测试", "kind", "NEW_OWNER",
                "phone", phone));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        signIn(browser, "agent", "/customers/" + id);
        browser.awaitText("[data-test=customer-name]", "回拨测试");
        browser.await("[data-test=call-back]").click();
        browser.await("[data-test=call-back-reveal]");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the call-back dialog").isEmpty();
        browser.await("[data-test=call-back-reveal]").click();
        browser.awaitText("[data-test=call-back-shown]", phone);
        assertThat(browser.await("[data-test=call-back-dial]").getAttribute("href")).isEqualTo("tel:" + phone);
        browser.keys(org.openqa.selenium.Keys.ESCAPE);
        browser.awaitScript("return !document.body.innerText.includes(arguments[0])", phone);
        assertThat(browser.await("[data-test=customer-phone]").getText()).isEqualTo(phone.substring(0, 3) + "****"
                + phone.substring(7));

        browser.forgetEverything();
        signIn(browser, "auditor", "/");
        browser.awaitPath("/admin/audit");
        assertThat(browser.all("nav [data-test^=menu-]")).extracting(e -> e.getAttribute("data-test"))
                .containsExactly("menu-audit");
        assertThat(browser.all("[data-test=inbox-badge]")).isEmpty();
        browser.await("#audit-person").sendKeys("agent");
        browser.await("[data-test=audit-search]").click();
        browser.awaitText("[data-test=audit-table]", "查看完整信息");
        assertThat(browser.await("[data-test=audit-table]").getText()).contains("CALL_BACK", "客户 " + id)
                .doesNotContain(phone);
        assertThat(browser.await("[data-test=audit-export]").getAttribute("href"))
                .contains("/api/v1/audit-log/export?").contains("person=agent");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the audit log").isEmpty();
        browser.screenshot("audit-log-zh");
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    @Test
    void theAuditLogReadsInEnglishAndIsNotThereForAnAgent() throws IOException {
        signIn(browser, "auditor", "/admin/audit");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Audit log");
        browser.await("[data-test=audit-table] tbody tr");
        assertNoChinese("the English audit log");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English audit log").isEmpty();
        browser.screenshot("audit-log-en");

        browser.forgetEverything();
        signIn(browser, "agent", "/admin/audit");
        browser.await("[data-test=not-found]");
        assertThat(browser.all("[data-test=menu-audit]")).isEmpty();
    }
}
