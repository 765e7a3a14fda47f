package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * A staff member's mail address and language in Chromium: an administrator sets them on the staff screen (人员与角色),
 * the person changes them on their own account page (账号安全); an address the server would refuse is refused as
 * it is typed and cannot be saved; both languages, axe-core.
 */
@EstateCareTest
class StaffContactScreenTests extends ScreenTest {

    private static final String PASSWORD = "Lantern-Orchid-57";

    @Test
    void anAdministratorSetsTheAddressOnTheStaffScreenAndThePersonChangesItOnTheirOwnPage() throws IOException {
        String username = "mail-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long node = api.as("admin").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals("SH")).findFirst().orElseThrow().get("id").asLong();
        Api.Response created = api.as("admin").post("/api/v1/accounts", Map.of("username", username, "password",
                PASSWORD, "displayName", "Mail " + username, "orgNodeId", node, "roles", List.of("AGENT")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        signIn(browser, "admin", "/admin/staff");
        browser.awaitText("[data-test=staff-table]", username);
        row(username).findElement(By.cssSelector("[data-test=staff-contact]")).click();
        browser.awaitText("[data-test=staff-contact-dialog]", "Mail " + username);
        WebElement email = browser.await("[data-test=staff-contact-dialog] input[data-test=contact-email]");
        email.sendKeys("a@example.com, b@example.com");
        browser.awaitText("[data-test=staff-contact-dialog]", "邮箱格式不正确");
        assertThat(browser.await("[data-test=staff-save-contact]").isEnabled()).as("a list of addresses").isFalse();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the contact dialog").isEmpty();
        clear(email);
        email.sendKeys("Lin.Fang@Example.com");
        browser.await("[data-test=staff-contact-dialog] [data-test=contact-language]").click();
        choose("English（英文）");
        browser.screenshot("staff-contact-zh");
        browser.await("[data-test=staff-save-contact]").click();
        browser.awaitText("[data-test=staff-done]", "已保存 Mail " + username + " 的邮件通知设置");
        Api.Response saved = api.as("admin").get("/api/v1/accounts/" + id + "/contact");
        assertThat(saved.json().get("email").asString()).isEqualTo("lin.fang@example.com");
        assertThat(saved.json().get("language").asString()).isEqualTo("en");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Staff and roles");
        browser.awaitText("[data-test=staff-table]", username);
        row(username).findElement(By.cssSelector("[data-test=staff-contact]")).click();
        browser.awaitText("[data-test=staff-contact-dialog]", "Mail " + username);
        WebElement reopened = browser.await("[data-test=staff-contact-dialog] input[data-test=contact-email]");
        browser.awaitScript("return arguments[0].value === 'lin.fang@example.com'", reopened);
        browser.awaitText("[data-test=staff-contact-dialog]", "English");
        assertNoChinese("the English contact dialog");
        browser.screenshot("staff-contact-en");

        // the person themselves, on their own account page
        browser.forgetEverything();
        browser.open("/sign-in");
        browser.await("#username").sendKeys(username);
        browser.await("#password").sendKeys(PASSWORD);
        browser.await("button[type=submit]").click();
        browser.await("[data-test=menu-requests]");
        browser.await("[data-test=my-security]").click();
        browser.awaitPath("/me/security");
        WebElement own = browser.await("[data-test=my-contact] input[data-test=contact-email]");
        browser.awaitScript("return arguments[0].value === 'lin.fang@example.com'", own);
        clear(own);
        own.sendKeys("lin fang@example.com");
        browser.awaitText("[data-test=my-contact]", "邮箱格式不正确");
        assertThat(browser.await("[data-test=my-contact-save]").isEnabled()).isFalse();
        clear(own);
        own.sendKeys("fang.lin@example.org");
        browser.await("[data-test=my-contact] [data-test=contact-language]").click();
        choose("简体中文");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the account page").isEmpty();
        browser.screenshot("my-contact-zh");
        browser.await("[data-test=my-contact-save]").click();
        browser.awaitText("[data-test=security-done]", "邮件通知设置已保存");
        Api.Response mine = api.as("admin").get("/api/v1/accounts/" + id + "/contact");
        assertThat(mine.json().get("email").asString()).isEqualTo("fang.lin@example.org");
        assertThat(mine.json().get("language").asString()).isEqualTo("zh-CN");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Account security");
        browser.awaitText("[data-test=my-contact]", "Mail notices");
        assertNoChinese("the English account page");
    }

    /** The staff table's row of one account. */
    private static WebElement row(String username) {
        return browser.all("[data-test=staff-table] tbody tr").stream()
                .filter(r -> r.getText().contains(username)).findFirst().orElseThrow();
    }

    /** Clicks the option of the open select that shows {@code text}. */
    private static void choose(String text) {
        browser.awaitScript("const o = [...document.querySelectorAll('.el-select-dropdown__item')]"
                + ".filter(e => e.textContent.includes(arguments[0])).pop(); if (!o) return false; o.click(); return true",
                text);
    }

    private static void clear(WebElement input) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    }
}
