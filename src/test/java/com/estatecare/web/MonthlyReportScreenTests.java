package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.AfterCommitWork;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;

/**
 * The monthly report (客服月报) on the workbench in Chromium: its KPI table and charts for the month asked, in
 * Chinese and English, accessible; one company's manager picks among their own nodes only. The month is the
 * test clock's (November 2026), with requests made through the API.
 */
@EstateCareTest
class MonthlyReportScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;
    @Autowired
    AfterCommitWork afterCommit;

    @Test
    void managerReadsTheMonthsKpisAndChartsInBothLanguages() throws IOException {
        long unit = given.unit().get("id").asLong();
        given.register(given.repairBody(unit));
        given.register(given.complaintBody(unit));
        afterCommit.awaitDone(Duration.ofSeconds(60));

        signIn(browser, "manager", "/reports/monthly?month=2026-11");
        browser.awaitText("[data-test=report-title]", "上海城市公司 2026年11月客服月报");
        browser.await("[data-test=chart-volumes-KIND] svg path");
        String kinds = api.as("manager").get("/api/v1/reports/monthly?month=2026-11").json().get("volumes").get(0)
                .get("total").asString();
        assertThat(browser.await("[data-test=chart-volumes-KIND]").getText()).doesNotContain("本月没有数据");
        assertThat(Long.parseLong(kinds)).isPositive();
        assertThat(browser.interfaceText()).contains("关键指标", "投诉处理及时率", "一次解决率", "重复报修率",
                "回访率", "新增客服案例").doesNotContain("暂无数据的指标").doesNotContainPattern(RAW_KEY);
        assertThat(browser.all("[data-test=kpis] .el-table__row")).hasSizeGreaterThanOrEqualTo(14);
        assertThat(browser.await("[data-test=club]").getText()).contains("期末会员数", "签到 / 报名（到场率）");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the monthly report").isEmpty();
        browser.screenshot("workbench-monthly-report-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Monthly report");
        browser.awaitText("[data-test=kpis]", "Complaint on-time handling rate");
        browser.await("[data-test=chart-volumes-KIND] svg path");
        browser.awaitText("[data-test=club]", "Members at the end");
        assertNoChinese("the English monthly report");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English monthly report").isEmpty();
        browser.screenshot("workbench-monthly-report-en");
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    @Test
    void theHangzhouManagerPicksAmongTheirOwnNodesAndAFutureMonthInTheAddressIsNotAsked() {
        signIn(browser, "hz-manager", "/reports/monthly?month=2099-01");
        browser.await("[data-test=report-title]");
        assertThat(browser.await("[data-test=report-title]").getText()).contains("杭州城市公司").doesNotContain("2099");
        browser.await("[data-test=org-node]").click();
        browser.await(".el-select-dropdown__item");
        List<String> nodes = browser.all(".el-select-dropdown__item").stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).toList();
        assertThat(nodes).contains("杭州城市公司").noneMatch(n -> n.contains("上海") || n.contains("集团"));
    }

    @Test
    void theQuarterSwitchShowsTheQuarterlyReportWithItsSurveysAndTheDefectScreenOffersItsReport() throws IOException {
        signIn(browser, "manager", "/reports/monthly?month=2026-11");
        browser.awaitText("[data-test=report-title]", "上海城市公司 2026年11月客服月报");
        browser.await("[data-test=kind-quarter]").click();
        browser.awaitText("[data-test=report-title]", "上海城市公司 2026年第3季度客服评估报告");
        assertThat(browser.currentSearch()).contains("quarter=2026-Q3").doesNotContain("month=");
        browser.awaitText("[data-test=surveys]", "全部调查");
        assertThat(browser.interfaceText()).contains("满意度调查", "满意率", "季度评估").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the quarterly report").isEmpty();
        browser.screenshot("workbench-quarterly-report-zh");

        browser.open("/defects");
        browser.awaitText("[data-test=defect-report-xlsx]", "缺陷报告 Excel");
        assertThat(browser.await("[data-test=defect-report-pdf]").getText()).isEqualTo("缺陷报告 PDF");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the defect screen's report buttons").isEmpty();
    }
}
