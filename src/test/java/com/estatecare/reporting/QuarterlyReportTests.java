package com.estatecare.reporting;

import static com.estatecare.reporting.ReportFiles.dark;
import static com.estatecare.reporting.ReportFiles.download;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.reporting.ReportFiles.Download;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

/**
 * The quarterly evaluation report (季度评估报告) over HTTP: its Excel opens in LibreOffice, its PDF draws its Chinese
 * title, a node outside the caller's scope is a 404 and a malformed or future quarter a 400 naming the field. Its
 * figures are checked against the fixed data set of {@code MonthlyReportKpiTests}.
 */
@EstateCareTest
class QuarterlyReportTests {

    private static final String PATH = "/api/v1/reports/quarterly?period=2026-Q3";

    @Autowired
    Api api;

    @TempDir
    Path dir;

    @Test
    void theQuartersExcelOpensInLibreOfficeAndItsPdfDrawsTheTitle() throws Exception {
        long shanghai = node("SH");
        Download xlsx = download(api, "manager", PATH + "&org=" + shanghai + "&format=xlsx", false);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.type()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ReportFiles.excelAsCsv(dir, xlsx.body(), "quarter")).contains("上海城市公司 2026年第3季度客服评估报告")
                .contains("投诉处理及时率").contains("满意度调查");

        Download pdf = download(api, "manager", PATH + "&org=" + shanghai + "&format=pdf", false);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.type()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains("filename*=UTF-8''");
        BufferedImage page = ReportFiles.firstPage(dir, pdf.body(), "quarter");
        assertThat(dark(page, 40, 68)).as("dark pixels where the Chinese title is").isGreaterThan(1000);
        assertThat(dark(page, 8, 30)).as("the margin above the title stays white").isZero();
        Download english = download(api, "manager", PATH + "&org=" + shanghai + "&format=pdf", true);
        assertThat(ReportFiles.pdfText(dir, english.body(), "english"))
                .contains("Quarterly evaluation report, 上海城市公司, 2026-Q3");
    }

    @Test
    void aNodeOutsideTheCallersScopeIsNotFoundAndOwnersAndAgentsAreRefused() {
        long shanghai = node("SH");
        long hangzhou = node("HZ");
        Api.Response own = api.as("hz-manager").get(PATH);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("orgNodeId").asLong()).isEqualTo(hangzhou);
        assertThat(own.json().get("period").asString()).isEqualTo("2026-Q3");
        assertThat(own.json().get("from").asString()).isEqualTo("2026-07-01");
        assertThat(own.json().get("to").asString()).isEqualTo("2026-09-30");
        assertThat(own.json().get("month").isNull()).isTrue();
        for (String format : List.of("json", "xlsx", "pdf")) {
            assertThat(api.as("hz-manager").get(PATH + "&org=" + shanghai + "&format=" + format).status()).as(format)
                    .isEqualTo(404);
            assertThat(api.as("manager").get(PATH + "&org=" + hangzhou + "&format=" + format).status()).as(format)
                    .isEqualTo(404);
            assertThat(api.as("owner").get(PATH + "&format=" + format).status()).as(format).isEqualTo(403);
            assertThat(api.as("agent").get(PATH + "&format=" + format).status()).as(format).isEqualTo(403);
        }
        assertThat(api.anonymous().get(PATH).status()).isEqualTo(401);
    }

    @Test
    void aMalformedOrFutureQuarterIsRefusedNamingTheFieldInChineseAndEnglish() {
        assertRefused("period=2027-Q1", "period", "不能晚于本季度", "may not be later than this quarter");
        assertRefused("period=9999-Q4", "period", "不能晚于本季度", "may not be later than this quarter");
        assertRefused("period=2026-Q5", "period", "格式不正确", "is malformed");
        assertRefused("period=2026-11", "period", "格式不正确", "is malformed");
        assertRefused("period=2026-q4", "period", "格式不正确", "is malformed");
        assertRefused("period=" + "Q".repeat(5000), "period", "格式不正确", "is malformed");
        assertRefused("period=2026-Q4%27%20or%201=1--", "period", "格式不正确", "is malformed");
        assertRefused("", "period", "必填", "is required");
        assertRefused("period=2026-Q4&format=docx", "format", "必须是", "must be one of");
        assertRefused("period=2026-Q4&org=99999999", "org", "不存在", "does not exist");
    }

    private void assertRefused(String query, String field, String chinese, String english) {
        Api.Response zh = api.as("manager").get("/api/v1/reports/quarterly?" + query);
        Api.Response en = api.as("manager").english().get("/api/v1/reports/quarterly?" + query);
        assertThat(zh.status()).as(query + " " + zh.body()).isEqualTo(400);
        assertThat(zh.header("Content-Type")).as(query).startsWith("application/problem+json");
        assertThat(zh.body()).as(query).contains(chinese);
        assertThat(en.body()).as(query).contains(english);
        assertThat(zh.json().get("errors").valueStream().map(e -> e.get("field").asString())).as(query)
                .containsExactly(field);
    }

    private long node(String code) {
        return api.as("hq").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }
}
