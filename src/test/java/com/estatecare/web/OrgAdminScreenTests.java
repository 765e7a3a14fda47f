package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.StaffBrowser;

/**
 * The organisation screens in Chromium: the tree with a node added, an account created with a role at a node of
 * the tree, a company administrator who sees only their company's staff, and a personal access token shown once
 * and revoked; both languages, axe-core.
 */
@EstateCareTest
class OrgAdminScreenTests extends ScreenTest {

    private static final String PASSWORD = "Lantern-Orchid-57";


    @Test
    void adminAddsANodeAndAHangzhouAdministratorInTheTreeWhoThenSeesOnlyHangzhouStaff() throws IOException {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
        String username = "hzadm-" + suffix;
        signIn(browser, "admin", "/");
        browser.await("[data-test=menu-requests]");
        browser.await("[data-test=menu-org]").click();
        browser.awaitPath("/admin/org");
        WebElement hangzhou = browser.await("[data-test=org-node-HZ]");
        hangzhou.findElement(org.openqa.selenium.By.cssSelector("[data-test=org-add-child]")).click();
        browser.awaitText("[data-test=org-new-kind]", "楼盘");
        browser.await("[data-test=org-code]").sendKeys("HZ-T" + suffix.toUpperCase());
        browser.await("[data-test=org-name]").sendKeys("测试楼盘 " + suffix);
        browser.await("[data-test=org-create]").click();
        browser.await("[data-test=org-node-HZ-T" + suffix.toUpperCase() + "]");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the tree").isEmpty();
        browser.screenshot("admin-org-zh");

        browser.await("[data-test=org-node-HZ] [data-test=org-add-staff]").click();
        browser.awaitPath("/admin/staff");
        browser.await("[data-test=role-ADMIN]");
        assertThat(browser.all("[data-test=role-HQ]")).as("no HQ below the group").isEmpty();
        browser.await("[data-test=staff-display-name]").sendKeys("杭州管理员 " + suffix);
        browser.await("[data-test=staff-username-input]").sendKeys(username);
        browser.await("[data-test=staff-password-input]").sendKeys(PASSWORD);
        browser.await("[data-test=role-ADMIN]").click();
        browser.await("[data-test=staff-create]").click();
        browser.awaitText("[data-test=staff-done]", username);
        browser.awaitText("[data-test=staff-table]", username);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the staff").isEmpty();
        browser.screenshot("admin-staff-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Staff and roles");
        assertNoChinese("the English staff screen");
        browser.screenshot("admin-staff-en");
        browser.await("[data-test=menu-org]").click();
        browser.awaitText("h1", "Organisation");
        browser.await("[data-test=org-node-HZ]");
        assertNoChinese("the English organisation tree");
        browser.screenshot("admin-org-en");

        browser.forgetEverything();
        signIn(username, PASSWORD);
        browser.await("[data-test=menu-staff]").click();
        browser.awaitText("[data-test=staff-table]", "hz-agent");
        List<String> seen = browser.all("[data-test=staff-username]").stream().map(WebElement::getText).toList();
        assertThat(seen).contains("hz-agent", "hz-manager").doesNotContain("agent", "manager", "handler");
        assertThat(browser.all("[data-test=menu-org]")).hasSize(1);
    }

    @Test
    void staffMemberCreatesATokenSeenOnlyOnceThatWorksUntilRevoked() throws IOException {
        signIn(browser, "agent", "/");
        browser.awaitPath("/requests"); // the start page's redirect has settled before the next click
        browser.await("[data-test=menu-requests]");
        assertThat(browser.all("[data-test=menu-staff]")).as("no staff administration for an agent").isEmpty();
        browser.await("[data-test=my-tokens]").click();
        browser.awaitPath("/me/tokens");
        browser.await("[data-test=token-new]").click();
        browser.await("[data-test=token-name-input]").sendKeys("报表同步脚本");
        browser.await("[data-test=token-create]").click();
        WebElement secret = browser.await("[data-test=token-secret]");
        browser.awaitScript("return arguments[0].value.startsWith('ect_')", secret);
        String token = secret.getDomProperty("value");
        Api.Caller byToken = new Api.Caller(api, "Bearer " + token, Map.of());
        assertThat(byToken.get("/api/v1/me").json().get("username").asString()).isEqualTo("agent");
        browser.await("[data-test=token-copy]").click();
        browser.await("[data-test=token-secret-done]").click();
        browser.awaitText("[data-test=token-table]", "报表同步脚本");
        assertThat(browser.interfaceText()).as("the secret is not shown again").doesNotContain(token);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the tokens").isEmpty();
        browser.screenshot("tokens-zh");

        browser.await("[data-test=token-revoke]").click();
        browser.await("[data-test=token-revoke-confirm]").click();
        browser.awaitText("[data-test=token-done]", "报表同步脚本");
        assertThat(byToken.get("/api/v1/me").status()).as("revoked").isEqualTo(401);
        browser.awaitText("[data-test=token-state]", "已吊销");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "My access tokens");
        assertNoChinese("the English tokens screen");
        browser.screenshot("tokens-en");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void anAdministratorEndsAPersonsSessionAndRevokesTheirToken() throws IOException {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
        String administrator = account("hzacc-" + suffix, "ADMIN");
        String person = account("hzper-" + suffix, "AGENT");
        StaffBrowser theirs = new StaffBrowser(api);
        assertThat(theirs.signIn(person, PASSWORD).status()).isEqualTo(204);
        String token = api.basic(person, PASSWORD).post("/api/v1/me/tokens", Map.of("name", "工单同步"))
                .json().get("token").asString();
        Api.Caller byToken = new Api.Caller(api, "Bearer " + token, Map.of());

        signIn(administrator, PASSWORD);
        browser.await("[data-test=menu-staff]").click();
        browser.awaitText("[data-test=staff-table]", person);
        rowOf(person).findElement(By.cssSelector("[data-test=staff-access]")).click();
        browser.awaitText("[data-test=access-tokens]", "工单同步");
        browser.awaitText("[data-test=access-sessions]", "密码");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on a person's sessions and tokens").isEmpty();
        browser.screenshot("admin-staff-access-zh");

        browser.await("[data-test=access-session-revoke]").click();
        browser.awaitText("[data-test=access-done]", "已结束该会话");
        assertThat(theirs.get("/api/v1/me").status()).as("the session ended").isEqualTo(401);
        browser.awaitText("[data-test=access-sessions]", "没有登录中的会话");
        assertThat(byToken.get("/api/v1/me").status()).as("the token is another thing").isEqualTo(200);
        browser.await("[data-test=access-token-revoke]").click();
        browser.awaitText("[data-test=access-done]", "工单同步");
        browser.awaitText("[data-test=access-token-state]", "已吊销");
        assertThat(byToken.get("/api/v1/me").status()).as("the token is revoked").isEqualTo(401);
        browser.await("[data-test=access-close]").click();

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Staff and roles");
        browser.awaitText("[data-test=staff-table]", person);
        rowOf(person).findElement(By.cssSelector("[data-test=staff-access]")).click();
        browser.awaitText("[data-test=access-tokens]", "Revoked");
        browser.awaitText("[data-test=access-sessions]", "No open session");
        assertNoChinese("a person's sessions and tokens in English");
        browser.screenshot("admin-staff-access-en");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    /** An account at the Hangzhou company made by the group's administrator, with the test's password. */
    private String account(String username, String role) {
        long hangzhou = api.as("admin").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals("HZ")).findFirst().orElseThrow().get("id").asLong();
        Api.Response created = api.as("admin").post("/api/v1/accounts", Map.of("username", username, "password",
                PASSWORD, "displayName", "测试 " + username, "orgNodeId", hangzhou, "roles", List.of(role)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private WebElement rowOf(String username) {
        return browser.all("[data-test=staff-table] .el-table__row").stream()
                .filter(r -> r.getText().contains(username)).findFirst().orElseThrow();
    }

    /** Through the form: the account was made by the test, with a password of its own. */
    private void signIn(String username, String password) {
        browser.open("/sign-in");
        browser.await("#username").sendKeys(username);
        browser.await("#password").sendKeys(password);
        browser.await("button[type=submit]").click();
        browser.await("[data-test=menu-requests]");
    }
}
