package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * Writing a case from scratch and the synonym sets in Chromium (decisions 022 and 043): a manager writes a case on
 * the library's screen, which waits for another's review (the writer is not offered it), HQ approves it and an
 * agent finds it; an administrator adds a synonym set and the library's search for 漏水 finds a 渗水 case, changes
 * the set and the search no longer does, and deletes it; axe-core, both languages.
 */
@EstateCareTest
class CaseWritingScreenTests extends ScreenTest {

    @Test
    void aManagerWritesACaseThatAnotherManagerApprovesBeforeAnAgentFindsIt() throws IOException {
        String place = "海棠" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号楼";
        signIn(browser, "manager", "/cases");
        browser.await("[data-test=case-write]").click();
        browser.await("#case-new-problem").sendKeys(place + "样板间与交付房屋吊顶高度不一致");
        browser.await("#case-new-cause").sendKeys("销售展示未说明吊顶高度");
        browser.await("#case-new-solution").sendKeys("按合同附件书面答复并补偿");
        browser.await("#case-new-lessons").sendKeys("样板间须标注与交付标准的差异");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the case form").isEmpty();
        browser.screenshot("case-write-zh");
        browser.await("[data-test=case-new-submit]").click();
        browser.awaitText("[data-test=case-status]", "待审核");
        browser.awaitText("[data-test=case-written]", "另一位主管");
        browser.awaitText("[data-test=case-own]", "另一位主管审核");
        browser.awaitText("[data-test=case-proposed-by]", "客服经理 陈静");
        assertThat(browser.all("[data-test=case-approve]")).as("not offered to its writer").isEmpty();
        String path = browser.currentPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(api.as("agent").get("/api/v1/cases/search", Map.of("q", place)).json().valueStream()
                .noneMatch(h -> h.get("id").asLong() == id)).as("not found before its review").isTrue();
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=case-status]", "Awaiting review");
        browser.awaitText("[data-test=case-own]", "another manager reviews it");
        assertNoChinese("a written case in English");
        browser.screenshot("case-written-en");
        browser.open("/cases");
        browser.await("[data-test=case-write]").click();
        browser.awaitText("[data-test=case-new-submit]", "Submit for review");
        assertNoChinese("the case form in English");
        browser.screenshot("case-write-en");

        signIn(browser, "hq", "/cases/" + id);
        browser.await(".locale-switch button[lang=zh-CN]").click();
        browser.awaitText("[data-test=case-status]", "待审核");
        browser.await("[data-test=case-approve]").click();
        browser.awaitText("[data-test=case-status]", "已入库");

        signIn(browser, "agent", "/cases?q=" + URLEncoder.encode(place + " 吊顶", StandardCharsets.UTF_8));
        browser.awaitText("[data-test=case-hit]", place + "样板间");
        assertThat(browser.all("[data-test=case-write]")).as("agents propose, they do not write").isEmpty();
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void anAdministratorsSynonymSetMakesTheSearchForLeakFindSeepageUntilItIsChanged() throws IOException {
        String place = "紫藤" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号楼";
        Api.Response written = api.as("manager").post("/api/v1/cases", Map.of("problem", place + "地下室墙角渗水",
                "cause", "外墙防水层破损", "solution", "外墙注浆堵漏"));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(api.as("hq").post("/api/v1/cases/" + written.json().get("id").asLong() + "/approve",
                Map.of("version", written.json().get("version").asLong())).status()).isEqualTo(200);
        String search = "/cases?q=" + URLEncoder.encode(place + " 漏水", StandardCharsets.UTF_8);
        try {
            signIn(browser, "admin", search);
            browser.await("[data-test=case-none]");

            browser.open("/case-synonyms");
            browser.await("[data-test=menu-caseSynonyms]");
            browser.await("#synonym-new").sendKeys("漏水 渗水、渗漏");
            browser.await("[data-test=synonym-create]").click();
            browser.awaitText("[data-test=synonym-done]", "渗漏");
            browser.awaitText("[data-test=synonym-table]", "渗漏");
            assertThat(browser.seriousAccessibilityViolations()).as("axe on the synonym sets").isEmpty();
            browser.screenshot("case-synonyms-zh");
            assertThat(mine().findElement(By.linkText("漏水")).getDomAttribute("href")).as("a term searches the library")
                    .startsWith("/cases?q=");
            browser.open(search);
            browser.awaitText("[data-test=case-hit]", place + "地下室墙角渗水");

            browser.open("/case-synonyms");
            mine().findElement(By.cssSelector("[data-test=synonym-edit]")).click();
            WebElement terms = browser.await("#synonym-edit-terms");
            terms.sendKeys(Keys.chord(Keys.CONTROL, "a"), "漏水 渗漏");
            browser.await("[data-test=synonym-save]").click();
            browser.awaitText("[data-test=synonym-done]", "已保存");
            browser.open(search);
            browser.await("[data-test=case-none]");

            browser.open("/case-synonyms");
            browser.await(".locale-switch button[lang=en]").click();
            browser.awaitText("h1", "Case synonyms");
            browser.awaitText("[data-test=synonym-table]", "Group");
            assertNoChinese("the synonym sets in English");
            browser.screenshot("case-synonyms-en");
            mine().findElement(By.cssSelector("[data-test=synonym-delete]")).click();
            browser.await("[data-test=synonym-delete-confirm]").click();
            browser.awaitText("[data-test=synonym-done]", "deleted");
            assertThat(mySets()).isEmpty();
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        } finally {
            for (long id : mySets()) {
                api.as("admin").delete("/api/v1/case-synonyms/" + id);
            }
        }
    }

    /** The row of the set this test made: the one holding 渗漏 and 漏水. */
    private WebElement mine() {
        browser.awaitText("[data-test=synonym-table]", "渗漏");
        return browser.all("[data-test=synonym-table] .el-table__row").stream()
                .filter(r -> r.getText().contains("渗漏") && r.getText().contains("漏水")).findFirst().orElseThrow();
    }

    private List<Long> mySets() {
        return api.as("admin").get("/api/v1/case-synonyms").json().valueStream()
                .filter(s -> s.get("terms").toString().contains("渗漏")).map(s -> s.get("id").asLong()).toList();
    }
}
