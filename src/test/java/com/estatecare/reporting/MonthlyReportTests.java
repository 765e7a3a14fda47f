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
 * The monthly report over HTTP: its Excel opens in LibreOffice, its PDF's Chinese title is drawn, each caller reads
 * only the nodes of their scope, and hostile parameters are refused naming the field in Chinese and English. The
 * tools are Debian's (.ci/run installs them); a machine without them fails here, it does not skip.
 */
@EstateCareTest
class MonthlyReportTests {

    private static final String MONTH = "month=2026-10";

    @Autowired
    Api api;

    @TempDir
    Path dir;

    @Test
    void theExcelOpensInLibreOfficeAndThePdfDrawsItsChineseTitle() throws Exception {
        long shanghai = node("SH");
        Download xlsx = download(api, "manager", "/api/v1/reports/monthly?org=" + shanghai + "&" + MONTH
                + "&format=xlsx", false);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.type()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).startsWith("attachment").contains("filename*=UTF-8''");
        String csv = ReportFiles.excelAsCsv(dir, xlsx.body(), "report");
        assertThat(csv).contains("上海城市公司 2026年10月客服月报").contains("投诉处理及时率").contains("一次解决率")
                .contains("回访率").contains("满意度调查");

        Download pdf = download(api, "manager", "/api/v1/reports/monthly?org=" + shanghai + "&" + MONTH
                + "&format=pdf", false);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.type()).isEqualTo("application/pdf");
        String fonts = ReportFiles.pdfFonts(dir, pdf.body(), "report");
        assertThat(fonts).as("the bundled font, embedded as a subset").contains("NotoSans").contains("yes");
        BufferedImage page = ReportFiles.firstPage(dir, pdf.body(), "report");
        // A4 at 72 dpi is 595 × 842; the 16-point title sits under the 40-point margin, centred
        int title = dark(page, 40, 68);
        // its digits alone ("2026", "10", what shows when the Chinese is blank) darken about 300; the whole title 1,600
        assertThat(title).as("dark pixels where the title is").isGreaterThan(1000);
        assertThat(dark(page, 8, 30)).as("the margin above the title stays white").isZero();

        Download english = download(api, "manager", "/api/v1/reports/monthly?org=" + shanghai + "&" + MONTH
                + "&format=pdf", true);
        String text = ReportFiles.pdfText(dir, english.body(), "english");
        assertThat(text).contains("Monthly customer-service report, 上海城市公司, 2026-10")
                .contains("Complaint on-time handling rate").contains("Satisfaction surveys");
    }

    @Test
    void eachCallerReadsTheNodesOfTheirScopeOnlyAndOwnersNone() {
        long shanghai = node("SH");
        long hangzhou = node("HZ");
        long group = api.as("hq").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("kind").asString().equals("GROUP")).findFirst().orElseThrow().get("id").asLong();
        assertThat(report("manager", "org=" + shanghai).get("orgNodeName").asString()).isEqualTo("上海城市公司");
        assertThat(report("manager", "").get("orgNodeId").asLong()).as("the caller's own node by default")
                .isEqualTo(shanghai);
        assertThat(report("hq", "org=" + hangzhou).get("orgNodeName").asString()).isEqualTo("杭州城市公司");
        assertThat(report("hq", "org=" + group).get("orgNodeId").asLong()).isEqualTo(group);
        assertThat(report("hz-manager", "").get("orgNodeId").asLong()).isEqualTo(hangzhou);
        for (String format : List.of("json", "xlsx", "pdf")) {
            assertThat(status("hz-manager", "org=" + shanghai + "&format=" + format)).as(format).isEqualTo(404);
            assertThat(status("manager", "org=" + hangzhou + "&format=" + format)).as(format).isEqualTo(404);
            assertThat(status("manager", "org=" + group + "&format=" + format)).as("above the caller").isEqualTo(404);
            assertThat(status("owner", "org=" + shanghai + "&format=" + format)).as(format).isEqualTo(403);
            assertThat(status("hz-owner", "format=" + format)).as(format).isEqualTo(403);
            assertThat(status("agent", "format=" + format)).as(format).isEqualTo(403);
        }
        assertThat(api.anonymous().get("/api/v1/reports/monthly?" + MONTH).status()).isEqualTo(401);
    }

    @Test
    void hostileParametersAreRefusedNamingTheFieldInChineseAndEnglish() {
        assertRefused("org=99999999&" + MONTH, "org", "不存在", "does not exist");
        assertRefused("org=abc&" + MONTH, "org", "格式不正确", "is malformed");
        assertRefused("org=99999999999999999999&" + MONTH, "org", "格式不正确", "is malformed");
        assertRefused("month=2026-12", "month", "不能晚于本月", "may not be later than this month");
        assertRefused("month=9999-01", "month", "不能晚于本月", "may not be later than this month");
        assertRefused("month=2026-13", "month", "格式不正确", "is malformed");
        assertRefused("month=11-2026", "month", "格式不正确", "is malformed");
        assertRefused("month=" + "2".repeat(5000), "month", "格式不正确", "is malformed");
        assertRefused("month=2026-10%27%20or%201=1--", "month", "格式不正确", "is malformed");
        assertRefused("", "month", "必填", "is required");
        assertRefused(MONTH + "&format=docx", "format", "必须是", "must be one of");
        assertRefused(MONTH + "&format=PDF%00", "format", "含有空字符", "contains a NUL character");
    }

    private void assertRefused(String query, String field, String chinese, String english) {
        Api.Response zh = api.as("manager").get("/api/v1/reports/monthly?" + query);
        Api.Response en = api.as("manager").english().get("/api/v1/reports/monthly?" + query);
        assertThat(zh.status()).as(query + " " + zh.body()).isEqualTo(400);
        assertThat(zh.header("Content-Type")).as(query).startsWith("application/problem+json");
        assertThat(zh.body()).as(query).contains(chinese);
        assertThat(en.body()).as(query).contains(english);
        assertThat(zh.json().get("errors").valueStream().map(e -> e.get("field").asString())).as(query)
                .containsExactly(field);
    }

    private tools.jackson.databind.JsonNode report(String who, String query) {
        Api.Response response = api.as(who).get("/api/v1/reports/monthly?" + MONTH + (query.isEmpty() ? "" : "&"
                + query));
        assertThat(response.status()).as(who + " " + query + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private int status(String who, String query) {
        return api.as(who).get("/api/v1/reports/monthly?" + MONTH + "&" + query).status();
    }

    private long node(String code) {
        return api.as("hq").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }
}
