package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The registry (房产资料) in Chromium: projects → buildings → units with their owners and handover dates, and
 * the import of units and owners — a file with a bad row is checked and refused row by row, the corrected file
 * checked, imported and seen in the building, the same file again refused as already there.
 */
@EstateCareTest
class RegistryScreenTests extends ScreenTest {

    private static final String HEADER = "楼栋,房号,楼层,面积,户型,交付日期,业主姓名,业主电话,客户类型,产权角色";


    @Test
    void managerChecksAFileSeesItsBadRowImportsTheCorrectedOneAndSeesTheNewUnit() throws IOException {
        JsonNode project = api.as("manager").get("/api/v1/projects").json().get(0);
        Path bad = Files.createTempFile("units-", ".csv");
        try {
            Files.writeString(bad, csv("1栋,9801,98,120.5,三室两厅,2026-12-20,褚浏览,13977770001,,",
                    "1栋,9802,98,,,2026/12/20,卫浏览,12345,,"), StandardCharsets.UTF_8);
            signIn("manager");
            browser.await("[data-test=menu-registry]").click();
            browser.awaitPath("/registry");
            browser.awaitText("[data-test=registry-tree]", project.get("name").asString());
            browser.all("[data-test=project-node]").get(0).click();
            browser.awaitText("[data-test=project-name]", project.get("name").asString());
            browser.await("[data-test=building-node]").click();
            browser.awaitText("[data-test=building-name]", "1栋");
            browser.awaitText("[data-test=unit-owners]", "产权人");

            browser.await("[data-test=open-import]").click();
            browser.await("[data-test=no-duplicates]");
            browser.all("[data-test=import-upload] input[type=file]").get(0).sendKeys(bad.toString());
            browser.awaitText("[data-test=import-rejected]", "共 2 行，其中 1 行有误");
            String rejected = browser.await("[data-test=rejected-rows]").getText();
            assertThat(rejected).contains("3", "交付日期", "日期格式应为 yyyy-MM-dd", "业主电话", "不是有效的电话号码");
            browser.await("[data-test=import-report-download]");
            assertThat(browser.seriousAccessibilityViolations()).as("axe on the import's report").isEmpty();
            browser.screenshot("registry-import-zh");
            assertThat(units("98")).as("nothing imported").isEmpty();

            drop(csv("1栋,9801,98,120.5,三室两厅,2026-12-20,褚浏览,13977770001,,",
                    "1栋,9802,98,,,2026-12-20,,,,"));
            browser.awaitText("[data-test=import-checked]", "共 2 行");
            assertThat(browser.await("[data-test=count-units]").getText()).isEqualTo("2");
            browser.await("[data-test=import-commit]").click();
            browser.awaitText("[data-test=import-done]", "已导入 2 个房号");
            assertThat(units("98")).containsExactlyInAnyOrder("9801", "9802");

            browser.await("[data-test=import-again]").click();
            drop(csv("1栋,9801,98,120.5,三室两厅,2026-12-20,褚浏览,13977770001,,",
                    "1栋,9802,98,,,2026-12-20,,,,"));
            browser.awaitText("[data-test=rejected-rows]", "已存在");
            assertThat(units("98")).as("the same file again adds nothing").hasSize(2);

            browser.await("[data-test=import-close]").click();
            browser.awaitText("[data-test=unit-table]", "褚浏览");
            assertThat(browser.await("[data-test=unit-table]").getText()).contains("9801", "2026-12-20", "139****0001");
            browser.screenshot("registry-zh");

            browser.await(".locale-switch button[lang=en]").click();
            browser.awaitText("[data-test=unit-table]", "Handed over");
            assertNoChinese("the English registry");
            assertThat(browser.seriousAccessibilityViolations()).as("axe on the registry").isEmpty();
            browser.screenshot("registry-en");
            browser.await("[data-test=open-import]").click();
            browser.await("[data-test=no-duplicates]");
            browser.all("[data-test=import-upload] input[type=file]").get(0).sendKeys(bad.toString());
            browser.awaitText("[data-test=rejected-rows]", "is not a valid phone number");
            assertNoChinese("the English import report");
            browser.screenshot("registry-import-en");
        } finally {
            Files.deleteIfExists(bad);
        }
    }

    @Test
    void handlerReadsWithoutChangingAndTheOtherCompanysManagerSeesOnlyTheirOwnProject() {
        JsonNode shanghai = api.as("manager").get("/api/v1/projects").json().get(0);
        browser.signedIn(session("handler")).open("/registry?project=" + shanghai.get("id").asLong());
        browser.awaitText("[data-test=project-name]", shanghai.get("name").asString());
        assertThat(browser.all("[data-test=open-import], [data-test=new-building], [data-test=new-project]")).isEmpty();

        browser.forgetEverything();
        browser.signedIn(session("hz-manager")).open("/registry?project=" + shanghai.get("id").asLong());
        browser.awaitText("[data-test=registry-tree]", "西溪雅苑");
        assertThat(browser.await("[data-test=registry-tree]").getText()).doesNotContain(shanghai.get("name").asString());
        assertThat(browser.all("[data-test=project-name]")).as("a Shanghai project is not shown").isEmpty();
    }

    /** The unit numbers of 1栋 of the first project that start with {@code prefix}. */
    private List<String> units(String prefix) {
        long project = api.as("manager").get("/api/v1/projects").json().get(0).get("id").asLong();
        return api.as("manager").get("/api/v1/units", Map.of("q", "1栋 " + prefix, "projectId", project, "limit", 200))
                .json().get("items").valueStream().filter(u -> u.get("building").asString().equals("1栋"))
                .map(u -> u.get("unitNo").asString()).filter(n -> n.startsWith(prefix)).toList();
    }

    /** Drops a CSV file on the upload area, as a file dragged from the desktop. */
    private static void drop(String content) {
        browser.script("""
                const transfer = new DataTransfer();
                transfer.items.add(new File([arguments[0]], 'units-fixed.csv', { type: 'text/csv' }));
                const zone = document.querySelector('[data-test=import-upload] .el-upload-dragger');
                zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));""",
                content);
    }

    private static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private void signIn(String username) {
        signIn(browser, username, "/");
        browser.await("[data-test=menu-requests]");
    }
}
