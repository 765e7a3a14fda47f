package com.estatecare.reporting;

import static com.estatecare.reporting.ReportFiles.dark;
import static com.estatecare.reporting.ReportFiles.download;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.reporting.ReportFiles.Download;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The periodic product-defect report (项目缺陷反馈) over HTTP: its figures over a fixed set of defect rows under a
 * company node of its own (worked out by hand in the comments), its Excel opened by LibreOffice and its PDF's title
 * drawn, the caller's scope, and hostile parameters refused naming the field.
 */
@EstateCareTest
class DefectFeedbackReportTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisation organisation;

    @TempDir
    Path dir;

    private OrgNodeView company;

    @Test
    void recurringDefectsOfTheMonthStandBesideTheMonthBeforeWithTheTrend() throws Exception {
        givenDefectsAroundOctober();
        Api.Response response = api.as("hq").get("/api/v1/reports/defects?org=" + company.id() + "&period=2026-10");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();

        // October: bathroom 3 + roof 2 + exterior wall 1 in building A, roof 1 in building B = 7, on units 1 to 6;
        // September: bathroom 1 + exterior wall 2 = 3; recurring (2 or more in October): bathroom and roof of A
        assertThat(report.get("defects").asLong()).isEqualTo(7);
        assertThat(report.get("units").asLong()).isEqualTo(6);
        assertThat(report.get("previousDefects").asLong()).isEqualTo(3);
        assertThat(report.get("recurringGroups").asLong()).isEqualTo(2);
        assertThat(report.get("recurring").valueStream().map(r -> r.get("building").asString() + " "
                + r.get("component").asString() + " " + r.get("cause").asString() + " " + r.get("defects").asLong()
                + "/" + r.get("units").asLong() + " before " + r.get("previous").asLong()))
                .containsExactly("A 座 卫生间防水 IN_WARRANTY 3/2 before 1", "A 座 屋面 UNDETERMINED 2/2 before 0");
        JsonNode trend = report.get("trend");
        assertThat(trend.size()).as("twelve months up to October").isEqualTo(12);
        assertThat(trend.get(0).get("month").asString()).isEqualTo("2025-11-01");
        assertThat(trend.get(10).get("defects").asLong()).isEqualTo(3);
        assertThat(trend.get(10).get("outOfWarranty").asLong()).isEqualTo(2);
        JsonNode october = trend.get(11);
        assertThat(List.of(october.get("defects").asLong(), october.get("inWarranty").asLong(),
                october.get("outOfWarranty").asLong(), october.get("undetermined").asLong()))
                .containsExactly(7L, 4L, 1L, 2L);
        assertThat(report.get("title").asString()).isEqualTo(company.name() + " 2026年10月项目缺陷反馈");

        // the quarter: July to September holds September's 3, none recurring in it but the exterior wall's 2
        JsonNode q3 = api.as("hq").get("/api/v1/reports/defects?org=" + company.id() + "&period=2026-Q3").json();
        assertThat(q3.get("defects").asLong()).isEqualTo(3);
        assertThat(q3.get("recurring").valueStream().map(r -> r.get("componentCode").asString())).containsExactly(
                "EXTERIOR_WALL");

        String path = "/api/v1/reports/defects?org=" + company.id() + "&period=2026-10";
        Download xlsx = download(api, "hq", path + "&format=xlsx", false);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.type()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ReportFiles.excelAsCsv(dir, xlsx.body(), "defects")).contains(company.name() + " 2026年10月项目缺陷反馈")
                .contains("卫生间防水").contains("重复缺陷");
        Download pdf = download(api, "hq", path + "&format=pdf", false);
        assertThat(pdf.type()).isEqualTo("application/pdf");
        BufferedImage page = ReportFiles.firstPage(dir, pdf.body(), "defects");
        assertThat(dark(page, 40, 68)).as("dark pixels where the Chinese title is").isGreaterThan(1000);
        assertThat(dark(page, 8, 30)).as("the margin above the title stays white").isZero();
        assertThat(ReportFiles.pdfText(dir, download(api, "hq", path + "&format=pdf", true).body(), "english"))
                .contains("Product-defect feedback, " + company.name() + ", 2026-10").contains("Recurring defects");
    }

    @Test
    void eachCallerReadsTheNodesOfTheirScopeOnly() {
        long shanghai = node("SH");
        long hangzhou = node("HZ");
        Api.Response own = api.as("engineer").get("/api/v1/reports/defects?period=2026-10");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        for (String format : List.of("json", "xlsx", "pdf")) {
            String query = "&period=2026-10&format=" + format;
            assertThat(api.as("hz-manager").get("/api/v1/reports/defects?org=" + shanghai + query).status())
                    .as(format).isEqualTo(404);
            assertThat(api.as("agent").get("/api/v1/reports/defects?org=" + hangzhou + query).status()).as(format)
                    .isEqualTo(404);
            assertThat(api.as("owner").get("/api/v1/reports/defects?org=" + shanghai + query).status()).as(format)
                    .isEqualTo(403);
        }
        assertThat(api.anonymous().get("/api/v1/reports/defects?period=2026-10").status()).isEqualTo(401);
    }

    @Test
    void hostileParametersAreRefusedNamingTheField() {
        assertRefused("period=2026-12", "period", "不能晚于本月", "may not be later than this month");
        assertRefused("period=2027-Q1", "period", "不能晚于本季度", "may not be later than this quarter");
        assertRefused("period=2026-13", "period", "格式不正确", "is malformed");
        assertRefused("period=2026-Q0", "period", "格式不正确", "is malformed");
        assertRefused("period=" + "9".repeat(5000), "period", "格式不正确", "is malformed");
        assertRefused("", "period", "必填", "is required");
        assertRefused("period=2026-10&format=csv", "format", "必须是", "must be one of");
        assertRefused("period=2026-10&org=99999999", "org", "不存在", "does not exist");
    }

    private void assertRefused(String query, String field, String chinese, String english) {
        Api.Response zh = api.as("manager").get("/api/v1/reports/defects?" + query);
        Api.Response en = api.as("manager").english().get("/api/v1/reports/defects?" + query);
        assertThat(zh.status()).as(query + " " + zh.body()).isEqualTo(400);
        assertThat(zh.header("Content-Type")).as(query).startsWith("application/problem+json");
        assertThat(zh.body()).as(query).contains(chinese);
        assertThat(en.body()).as(query).contains(english);
        assertThat(zh.json().get("errors").valueStream().map(e -> e.get("field").asString())).as(query)
                .containsExactly(field);
    }

    /** Defects of a company of its own: October's, September's, and one on 1 November 00:00 in Shanghai. */
    private void givenDefectsAroundOctober() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long group = jdbc.sql("select id from org_node where kind = 'GROUP'").query(Long.class).single();
        company = organisation.createNode(group, OrgKind.COMPANY, "DF-" + suffix, "缺陷测试公司" + suffix);
        defect("A 座", 1, "BATHROOM_WATERPROOFING", "IN_WARRANTY", "2026-10-02T02:00:00Z");
        defect("A 座", 1, "BATHROOM_WATERPROOFING", "IN_WARRANTY", "2026-10-12T02:00:00Z");
        defect("A 座", 2, "BATHROOM_WATERPROOFING", "IN_WARRANTY", "2026-09-30T16:00:00Z");
        defect("A 座", 2, "BATHROOM_WATERPROOFING", "IN_WARRANTY", "2026-09-30T15:59:00Z");
        defect("A 座", 1, "BATHROOM_WATERPROOFING", "IN_WARRANTY", "2026-10-31T16:00:00Z");
        defect("A 座", 3, "ROOF", "UNDETERMINED", "2026-10-20T02:00:00Z");
        defect("A 座", 4, "ROOF", "UNDETERMINED", "2026-10-21T02:00:00Z");
        defect("A 座", 5, "EXTERIOR_WALL", "OUT_OF_WARRANTY", "2026-10-22T02:00:00Z");
        defect("A 座", 5, "EXTERIOR_WALL", "OUT_OF_WARRANTY", "2026-09-03T02:00:00Z");
        defect("A 座", 5, "EXTERIOR_WALL", "OUT_OF_WARRANTY", "2026-09-04T02:00:00Z");
        defect("B 座", 6, "ROOF", "IN_WARRANTY", "2026-10-31T15:59:00Z");
    }

    private void defect(String building, int unit, String component, String cause, String received) {
        long base = company.id() * 100;
        jdbc.sql("""
                insert into defect_record (company_id, request_id, request_number, scope_path, project_id, project_name,
                                           building_id, building_name, floor, unit_id, component_code, category, cause,
                                           received_at)
                values (:company, :request, 'DF', :path, :project, '缺陷花园', :building, :buildingName, 1, :unit,
                        :component, 'HOUSING_QUALITY', :cause, :at)""")
                .param("company", company.companyId())
                .param("request", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L))
                .param("path", company.path()).param("project", base).param("building", base + building.charAt(0))
                .param("buildingName", building).param("unit", base + unit).param("component", component)
                .param("cause", cause).param("at", Timestamp.from(Instant.parse(received))).update();
    }

    private long node(String code) {
        return api.as("hq").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }
}
