package com.estatecare.reporting;

import static com.estatecare.reporting.ReportFiles.download;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.reporting.ReportFiles.Download;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * Every KPI of the monthly report (docs/kpis.md) over a small fixed data set of October 2026, written as rows
 * under a company node of its own (so that no other test's data counts), with rows just outside the month on both
 * sides. The expected figures are worked out by hand in the comments, not by the report's SQL.
 */
@EstateCareTest
class MonthlyReportKpiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisation organisation;
    @Autowired
    Registry registry;

    private long companyId;
    private String path;
    private long projectId;

    @Test
    void everyKpiOfOctoberIsWhatTheRowsGiveByHand() {
        OrgNodeView company = givenRowsAroundOctober();

        Api.Response response = api.as("hq").get("/api/v1/reports/monthly?org=" + company.id() + "&month=2026-10");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();

        // registered in October: r1 r2 r3 r4 r5 (r6 is September's, r7 November's)
        assertThat(lines(report, "KIND")).containsExactly(Map.entry("REPAIR", 3L), Map.entry("COMPLAINT", 1L),
                Map.entry("CONSULTATION", 1L));
        assertThat(lines(report, "CHANNEL")).containsExactly(Map.entry("PHONE", 3L), Map.entry("PORTAL", 1L),
                Map.entry("WECHAT", 1L));
        assertThat(lines(report, "CATEGORY")).containsExactly(Map.entry("HOUSING_QUALITY", 2L),
                Map.entry("ENGINEERING_QUALITY", 1L), Map.entry("FACILITY_FAILURE", 1L), Map.entry("-", 1L));
        assertThat(lines(report, "GRADE")).containsExactly(Map.entry("2", 1L));
        assertThat(lines(report, "PROJECT")).containsExactly(Map.entry(String.valueOf(projectId), 4L),
                Map.entry("-", 1L));
        assertThat(breakdown(report, "PROJECT").get("lines").get(0).get("label").asString()).isEqualTo("指标花园");

        // complaint limits decided: dispatch met, feedback breached → 1 / 2
        assertKpi(report, "COMPLAINT_ON_TIME_RATE", 0.5, 1, 2);
        // response limits: contact met (r1), contact breached (r2), answer met (r5); r3's clock runs → 2 / 3
        assertKpi(report, "RESPONSE_ON_TIME_RATE", 0.6667, 2, 3);
        // all decided in October: met r4 dispatch, r1 contact, r5 answer, r1 revisit; breached r4 feedback, r2 contact
        assertKpi(report, "ON_TIME_RATE", 0.6667, 4, 6);
        // ratings given in October: 5 and 2 (r4's staff confirmation has none; r6's is September's)
        assertKpi(report, "OWNER_SATISFACTION_RATE", 0.5, 1, 2);
        assertKpi(report, "OWNER_RATING_AVERAGE", 3.5, 7, 2);
        // revisits: satisfied r1, r2; not r5 → 2 / 3; scores 4 + 5 + 2 = 11 over 3
        assertKpi(report, "REVISIT_SATISFACTION_RATE", 0.6667, 2, 3);
        assertKpi(report, "REVISIT_SCORE_AVERAGE", 3.67, 11, 3);
        // revisit coverage: due r1 r2 r3 (not the withdrawn r6, not November's r7), revisited r1 r2 → 2 / 3
        assertKpi(report, "REVISIT_COVERAGE", 0.6667, 2, 3);
        // follow-up answered at r1 (yes) and r2 (no)
        assertKpi(report, "FOLLOW_UP_RATE", 0.5, 1, 2);
        // archived in October: r1, r2 (second round), r4 (repeats r2), r5, r6 → first contact r1 r5 r6
        assertKpi(report, "FIRST_CONTACT_RESOLUTION_RATE", 0.6, 3, 5);
        assertKpi(report, "REOPEN_RATE", 0.2, 1, 5);
        // repairs registered in October: r1 r2 r3, of which r3 repeats r1
        assertKpi(report, "REPEAT_REPAIR_RATE", 0.3333, 1, 3);
        assertThat(kpi(report, "MAJOR_COMPLAINTS").get("value").asDouble()).isZero();
        assertThat(kpi(report, "HOTSPOT_COMPLAINTS").get("value").asDouble()).isEqualTo(1);
        assertThat(kpi(report, "ESCALATIONS").get("value").asDouble()).isEqualTo(2);
        // complaints registered in October: r4 (engineering quality) → none of the sales stage, 0 / 1
        assertKpi(report, "SALES_COMPLAINT_SHARE", 0.0, 0, 1);

        JsonNode limits = report.get("onTime");
        assertThat(limits.valueStream().map(l -> l.get("limit").asString() + " " + l.get("met").asLong() + "/"
                + l.get("breached").asLong())).containsExactly("COMPLAINT_DISPATCH 1/0", "COMPLAINT_FEEDBACK 0/1",
                        "CONSULTATION_ANSWER 1/0", "REPAIR_CONTACT 1/1", "REPAIR_REVISIT 1/0");
        assertThat(report.get("topProblems").valueStream().map(p -> p.get("label").asString() + " "
                + p.get("count").asLong())).containsExactly("报修 · 房屋质量问题 2", "投诉 · 工程质量 1",
                        "报修 · 设施设备故障 1");
        assertThat(report.get("escalations").valueStream().map(e -> e.get("key").asString() + " "
                + e.get("count").asLong())).containsExactly("HEADQUARTERS 1", "PROJECT_COMPANY 1");
        assertThat(report.get("fines").get("count").asLong()).isEqualTo(2);
        assertThat(report.get("fines").get("amountFen").asLong()).isEqualTo(60_000);
        // cases approved in October: c1 (c2 on 30 September 23:59, c3 on 1 November 00:00; c4 waits, c5 returned)
        assertThat(kpi(report, "CASES").get("value").asDouble()).isEqualTo(1);
        assertThat(report.get("notAvailable").isEmpty()).as("every KPI is available").isTrue();
        assertThat(report.get("title").asString()).isEqualTo(company.name() + " 2026年10月客服月报");
        // surveys answered in October: after delivery 5, 4, 2 → 2 of 3 satisfied, (5 + 4 + 2) / 3 = 3.67; yearly 4 and
        // one without a rating → 1 of 1, 4.00; together 5 answers, 4 rated, 3 satisfied → 0.75, 15 / 4 = 3.75
        assertSurvey(report.get("surveys").get("byMilestone").get(0), "AFTER_DELIVERY", 3, 3, 2, 0.6667, 3.67);
        assertSurvey(report.get("surveys").get("byMilestone").get(1), "YEARLY", 2, 1, 1, 1.0, 4.0);
        assertThat(report.get("surveys").get("byMilestone").size()).isEqualTo(2);
        assertSurvey(report.get("surveys").get("total"), null, 5, 4, 3, 0.75, 3.75);

        // the month before holds only r6's September rating and registration
        JsonNode september = api.as("hq").get("/api/v1/reports/monthly?org=" + company.id() + "&month=2026-09")
                .json();
        assertThat(lines(september, "KIND")).containsExactly(Map.entry("REPAIR", 1L));
        assertKpi(september, "OWNER_RATING_AVERAGE", 1.0, 1, 1);
        assertThat(kpi(september, "FIRST_CONTACT_RESOLUTION_RATE").get("value").isNull()).isTrue();
        assertThat(kpi(september, "SALES_COMPLAINT_SHARE").get("value").isNull()).as("no complaint").isTrue();

        // a complaint about the sales stage (销售管理类投诉) in October, and a repair that names no complaint category:
        // complaints r4 and r8, of which r8 is the sales stage's → 1 / 2
        request("COMPLAINT", "PHONE", "SALES_MANAGEMENT", true, "2026-10-20T02:00:00Z", null, 1, null);
        request("REPAIR", "PHONE", "HOUSING_QUALITY", true, "2026-10-21T02:00:00Z", null, 1, null);
        JsonNode again = api.as("hq").get("/api/v1/reports/monthly?org=" + company.id() + "&month=2026-10").json();
        assertKpi(again, "SALES_COMPLAINT_SHARE", 0.5, 1, 2);
    }

    /**
     * The rows of the fixed data set, under a company node of its own: requests of October with rows just outside
     * it on both sides, their grades, clocks, steps, escalations, fines, revisit tasks and survey answers.
     */
    private OrgNodeView givenRowsAroundOctober() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long group = jdbc.sql("select id from org_node where kind = 'GROUP'").query(Long.class).single();
        OrgNodeView company = organisation.createNode(group, OrgKind.COMPANY, "KPI-" + suffix, "指标测试公司" + suffix);
        companyId = company.companyId();
        ProjectView project = registry.createProject(company.id(), "KP-" + suffix, "指标花园", "上海", "测试路 1 号");
        projectId = project.id();
        path = company.path();

        // October 2026 in Shanghai runs from 2026-09-30T16:00Z to 2026-10-31T16:00Z
        long r1 = request("REPAIR", "PHONE", "HOUSING_QUALITY", true, "2026-09-30T16:30:00Z", "2026-10-10T02:00:00Z", 1, null);
        long r2 = request("REPAIR", "PORTAL", "HOUSING_QUALITY", true, "2026-10-05T02:00:00Z", "2026-10-20T02:00:00Z", 2, null);
        long r3 = request("REPAIR", "PHONE", "FACILITY_FAILURE", true, "2026-10-06T02:00:00Z", null, 1, r1);
        long r4 = request("COMPLAINT", "PHONE", "ENGINEERING_QUALITY", true, "2026-10-07T02:00:00Z", "2026-10-25T02:00:00Z", 1, r2);
        long r5 = request("CONSULTATION", "WECHAT", null, false, "2026-10-08T02:00:00Z", "2026-10-09T02:00:00Z", 1, null);
        // registered on 30 September 23:59 in Shanghai, archived in October
        long r6 = request("REPAIR", "PHONE", "HOUSING_QUALITY", true, "2026-09-30T15:59:00Z", "2026-10-02T02:00:00Z", 1, null);
        // registered on 1 November 00:00 in Shanghai
        long r7 = request("COMPLAINT", "EMAIL", "CUSTOMER_SERVICE", true, "2026-10-31T16:00:00Z", null, 1, null);

        grade(r4, 2, "2026-10-07T02:00:00Z");
        grade(r7, 1, "2026-10-31T16:00:00Z");
        clock(r4, "COMPLAINT_DISPATCH", "MET", "2026-10-07T03:00:00Z", null);
        clock(r4, "COMPLAINT_FEEDBACK", "BREACHED", null, "2026-10-09T02:00:00Z");
        clock(r1, "REPAIR_CONTACT", "MET", "2026-10-02T02:00:00Z", null);
        clock(r2, "REPAIR_CONTACT", "BREACHED", null, "2026-10-06T02:00:00Z");
        clock(r5, "CONSULTATION_ANSWER", "MET", "2026-10-08T05:00:00Z", null);
        clock(r3, "REPAIR_CONTACT", "RUNNING", null, null);
        clock(r1, "REPAIR_REVISIT", "MET", "2026-10-12T02:00:00Z", null);
        clock(r7, "COMPLAINT_DISPATCH", "BREACHED", null, "2026-11-01T02:00:00Z");
        step(r1, "VERIFY", "2026-10-09T02:00:00Z", "{\"satisfied\":true,\"rating\":5}");
        step(r2, "VERIFY", "2026-10-12T02:00:00Z", "{\"satisfied\":false,\"rating\":2}");
        step(r4, "VERIFY", "2026-10-20T02:00:00Z", "{\"satisfied\":true,\"confirmedVia\":\"PHONE\"}");
        step(r1, "REVISIT", "2026-10-11T02:00:00Z", "{\"satisfied\":true,\"satisfaction\":4,\"followedUp\":true}");
        step(r2, "REVISIT", "2026-10-19T02:00:00Z", "{\"satisfied\":true,\"satisfaction\":5,\"followedUp\":false}");
        step(r5, "REVISIT", "2026-10-10T02:00:00Z", "{\"satisfied\":false,\"satisfaction\":2}");
        step(r6, "VERIFY", "2026-09-29T02:00:00Z", "{\"satisfied\":false,\"rating\":1}");
        escalation(r4, "PROJECT_COMPANY", "2026-10-15T02:00:00Z");
        escalation(r4, "HEADQUARTERS", "2026-10-28T02:00:00Z");
        escalation(r7, "PROJECT_COMPANY", "2026-11-02T02:00:00Z");
        fine(r4, "R1", 20_000, "2026-10-15T02:00:00Z");
        fine(r4, "R2", 40_000, "2026-10-28T02:00:00Z");
        // revisit tasks (a repair's revisit due 7 days after its completion): due in October r1 (answered on time),
        // r2 (answered after its due time), r3 (still open); r6's task was withdrawn (second handling), r7's falls
        // due in November
        revisitTask(r1, "2026-10-03T02:00:00Z", "ANSWERED", "2026-10-01T02:00:00Z");
        revisitTask(r2, "2026-10-15T02:00:00Z", "ANSWERED", "2026-10-19T02:00:00Z");
        revisitTask(r3, "2026-10-20T02:00:00Z", "OPEN", null);
        revisitTask(r6, "2026-10-09T02:00:00Z", "WITHDRAWN", null);
        revisitTask(r7, "2026-11-03T02:00:00Z", "OPEN", null);
        // survey answers (overall satisfaction 1–5): after delivery 5, 4 and 2 in October, one never answered, a 1 on
        // 30 September 23:59 in Shanghai; yearly a 4 and one without a rating in October, a 5 on 1 November 00:00
        long delivery = campaign("AFTER_DELIVERY");
        long yearly = campaign("YEARLY");
        surveyAnswer(delivery, 5, "2026-10-03T02:00:00Z");
        surveyAnswer(delivery, 4, "2026-10-13T02:00:00Z");
        surveyAnswer(delivery, 2, "2026-10-31T15:59:00Z");
        surveyAnswer(delivery, null, null);
        surveyAnswer(delivery, 1, "2026-09-30T15:59:00Z");
        surveyAnswer(yearly, 4, "2026-10-20T02:00:00Z");
        surveyAnswer(yearly, null, "2026-10-21T02:00:00Z");
        surveyAnswer(yearly, 5, "2026-10-31T16:00:00Z");
        // the case library: approved in October c1; c2 on 30 September 23:59 and c3 on 1 November 00:00 in Shanghai;
        // c4 proposed in October and waiting, c5 returned (REJECTED) in October
        knowledgeCase("APPROVED", "2026-10-15T02:00:00Z");
        knowledgeCase("APPROVED", "2026-09-30T15:59:00Z");
        knowledgeCase("APPROVED", "2026-10-31T16:00:00Z");
        knowledgeCase("PROPOSED", null);
        knowledgeCase("REJECTED", "2026-10-16T02:00:00Z");
        return company;
    }

    @Test
    void theQuarterCountsItsThreeMonthsWithTheMonthsFormulas() {
        OrgNodeView company = givenRowsAroundOctober();
        Api.Response response = api.as("hq").get("/api/v1/reports/quarterly?org=" + company.id() + "&period=2026-Q4");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode q4 = response.json();

        // registered October to December: r1 to r5 and November's r7
        assertThat(lines(q4, "KIND")).containsExactly(Map.entry("REPAIR", 3L), Map.entry("COMPLAINT", 2L),
                Map.entry("CONSULTATION", 1L));
        // complaints received: r4 (grade 2) in October, r7 (grade 1) on 1 November
        assertThat(lines(q4, "GRADE")).containsExactly(Map.entry("1", 1L), Map.entry("2", 1L));
        // complaint clocks: r4 dispatch met, r4 feedback breached, r7 dispatch breached in November → 1 / 3
        assertKpi(q4, "COMPLAINT_ON_TIME_RATE", 0.3333, 1, 3);
        assertThat(q4.get("onTime").valueStream().map(l -> l.get("limit").asString() + " " + l.get("met").asLong()
                + "/" + l.get("breached").asLong())).containsExactly("COMPLAINT_DISPATCH 1/1",
                        "COMPLAINT_FEEDBACK 0/1", "CONSULTATION_ANSWER 1/0", "REPAIR_CONTACT 1/1", "REPAIR_REVISIT 1/0");
        // revisit tasks due: r1 r2 r3 and November's r7 (r6's withdrawn), revisited r1 r2 → 2 / 4
        assertKpi(q4, "REVISIT_COVERAGE", 0.5, 2, 4);
        // archived: the same five as in October (r3 and r7 are open)
        assertKpi(q4, "FIRST_CONTACT_RESOLUTION_RATE", 0.6, 3, 5);
        assertThat(kpi(q4, "MAJOR_COMPLAINTS").get("value").asDouble()).isEqualTo(1);
        assertThat(kpi(q4, "ESCALATIONS").get("value").asDouble()).isEqualTo(3);
        // surveys: October's and November's yearly 5 → yearly 3 answers, 2 rated, both satisfied, (4 + 5) / 2 = 4.50;
        // together 6 answers, 5 rated, 4 satisfied → 0.8, (11 + 9) / 5 = 4.00
        assertSurvey(q4.get("surveys").get("byMilestone").get(1), "YEARLY", 3, 2, 2, 1.0, 4.5);
        assertSurvey(q4.get("surveys").get("total"), null, 6, 5, 4, 0.8, 4.0);
        assertThat(q4.get("title").asString()).isEqualTo(company.name() + " 2026年第4季度客服评估报告");
        assertThat(q4.get("period").asString()).isEqualTo("2026-Q4");
        // cases approved October to December: c1 and November's c3
        assertThat(kpi(q4, "CASES").get("value").asDouble()).isEqualTo(2);

        // the quarter before holds September's r6 and its rating of 1, and the survey answer of 1
        JsonNode q3 = api.as("hq").get("/api/v1/reports/quarterly?org=" + company.id() + "&period=2026-Q3").json();
        assertThat(lines(q3, "KIND")).containsExactly(Map.entry("REPAIR", 1L));
        assertKpi(q3, "OWNER_RATING_AVERAGE", 1.0, 1, 1);
        assertSurvey(q3.get("surveys").get("total"), null, 1, 1, 0, 0.0, 1.0);
        assertThat(kpi(q3, "CASES").get("value").asDouble()).as("September's c2").isEqualTo(1);
    }

    @Test
    void theNewCasesFigureIsInTheExcelAndThePdf(@TempDir Path dir) throws Exception {
        OrgNodeView company = givenRowsAroundOctober();
        String path = "/api/v1/reports/monthly?org=" + company.id() + "&month=2026-10&format=";

        Download xlsx = download(api, "hq", path + "xlsx", false);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Map<String, String> firstSheet = new LinkedHashMap<>();
            DataFormatter cells = new DataFormatter();
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(0) != null && row.getCell(1) != null) {
                    firstSheet.put(cells.formatCellValue(row.getCell(0)), cells.formatCellValue(row.getCell(1)));
                }
            }
            assertThat(firstSheet).containsEntry("新增客服案例", "1");
        }

        Download pdf = download(api, "hq", path + "pdf", true);
        assertThat(pdf.status()).isEqualTo(200);
        String text = ReportFiles.pdfText(dir, pdf.body(), "cases");
        // pdftotext reads the key figures' table column by column: the labels after "Figure", the values after "Value"
        List<String> lines = text.lines().toList();
        int label = lines.indexOf("New service cases") - lines.indexOf("Figure");
        assertThat(label).isPositive();
        assertThat(lines.get(lines.indexOf("Value") + label)).isEqualTo("1");
        assertThat(text).doesNotContain("not live yet");
    }

    private static void assertSurvey(JsonNode line, String milestone, long answered, long rated, long satisfied,
            double rate, double average) {
        assertThat(line.get("milestone").isNull() ? null : line.get("milestone").asString()).isEqualTo(milestone);
        assertThat(line.get("answered").asLong()).as(milestone).isEqualTo(answered);
        assertThat(line.get("rated").asLong()).as(milestone).isEqualTo(rated);
        assertThat(line.get("satisfied").asLong()).as(milestone).isEqualTo(satisfied);
        assertThat(line.get("satisfiedRate").asDouble()).as(milestone).isEqualTo(rate);
        assertThat(line.get("averageScore").asDouble()).as(milestone).isEqualTo(average);
    }

    private static void assertKpi(JsonNode report, String code, double value, long numerator, long denominator) {
        JsonNode kpi = kpi(report, code);
        assertThat(kpi.get("value").asDouble()).as(code).isEqualTo(value);
        assertThat(kpi.get("numerator").asLong()).as(code).isEqualTo(numerator);
        assertThat(kpi.get("denominator").asLong()).as(code).isEqualTo(denominator);
    }

    static JsonNode kpi(JsonNode report, String code) {
        return report.get("kpis").valueStream().filter(k -> k.get("code").asString().equals(code)).findFirst()
                .orElseThrow();
    }

    static JsonNode breakdown(JsonNode report, String dimension) {
        return report.get("volumes").valueStream().filter(v -> v.get("dimension").asString().equals(dimension))
                .findFirst().orElseThrow();
    }

    /** The lines of a breakdown in order, key → count ("-" for no key). */
    static Map<String, Long> lines(JsonNode report, String dimension) {
        Map<String, Long> lines = new LinkedHashMap<>();
        breakdown(report, dimension).get("lines").forEach(l -> lines.put(l.get("key").isNull() ? "-"
                : l.get("key").asString(), l.get("count").asLong()));
        return lines;
    }

    private long request(String kind, String channel, String category, boolean inProject, String created,
            String archived, int round, Long related) {
        Timestamp at = ts(created);
        return jdbc.sql("""
                insert into request (company_id, number, kind, channel, status, category, emergency, project_id,
                                     scope_path, description, received_at, read_back_confirmed, handling_round,
                                     related_request_id, closed_at, steps, version, created_at, updated_at)
                values (:company, :number, :kind, :channel, :status, :category, false, :project, :path, '测试',
                        :at, true, :round, :related, :closed, 1, 0, :at, :at)
                returning id""")
                .param("company", companyId).param("number", "KPI-" + UUID.randomUUID().toString().substring(0, 20))
                .param("kind", kind).param("channel", channel).param("status", archived == null ? "DISPATCHED"
                        : "ARCHIVED")
                .param("category", category).param("project", inProject ? projectId : null).param("path", path)
                .param("at", at).param("round", round).param("related", related)
                .param("closed", archived == null ? null : ts(archived))
                .query(Long.class).single();
    }

    private long campaign(String milestone) {
        long template = jdbc.sql("select min(id) from survey_template where company_id = 0 and code = 'delivery'")
                .query(Long.class).single();
        return jdbc.sql("""
                insert into survey_campaign (company_id, scope_path, name, template_id, milestone, audience, project_ids,
                                             sampling, seed, candidates, due_on, created_by, created_by_name, created_at)
                values (:company, :path, '测试调查', :template, :milestone, 'ALL_OWNERS', '[]', 'ALL', 1, 5,
                        date '2026-12-31', 0, '测试', now())
                returning id""")
                .param("company", companyId).param("path", path).param("template", template)
                .param("milestone", milestone).query(Long.class).single();
    }

    /** A target of the campaign: answered at {@code at} with the overall rating (none: null), or not yet (at null). */
    private void surveyAnswer(long campaign, Integer rating, String at) {
        jdbc.sql("""
                insert into survey_target (company_id, campaign_id, customer_id, customer_name, project_id, project_name,
                                           scope_path, status, answers, satisfaction, answered_via, answered_at)
                values (:company, :campaign, :customer, '测试', :project, '指标花园', :path, :status,
                        cast(:answers as jsonb), :rating, :via, :at)""")
                .param("company", companyId).param("campaign", campaign)
                .param("customer", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L))
                .param("project", projectId).param("path", path).param("status", at == null ? "SENT" : "ANSWERED")
                .param("answers", at == null ? null : rating == null ? "{}" : "{\"satisfaction\": " + rating + "}")
                .param("rating", rating).param("via", at == null ? null : "STAFF")
                .param("at", at == null ? null : ts(at)).update();
    }

    private void revisitTask(long request, String due, String status, String answered) {
        jdbc.sql("""
                insert into revisit_task (company_id, request_id, request_number, handling_round, scope_path, project_id,
                                          project_name, completed_at, due_at, policy_version, status, answered_at)
                values (:company, :request, 'KPI', 1, :path, :project, '指标花园', :due::timestamptz - interval '7 days',
                        :due, 1, :status, :answered)""")
                .param("company", companyId).param("request", request).param("path", path).param("project", projectId)
                .param("due", ts(due)).param("status", status).param("answered", answered == null ? null : ts(answered))
                .update();
    }

    private void grade(long request, int grade, String received) {
        jdbc.sql("""
                insert into complaint_grade (request_id, company_id, grade, reasons, waived, policy_company_id,
                                             policy_version, graded_at, scope_path, project_id, received_at)
                values (:request, :company, :grade, '', '', 0, 1, :at, :path, :project, :at)""")
                .param("request", request).param("company", companyId).param("grade", grade).param("at", ts(received))
                .param("path", path).param("project", projectId).update();
    }

    private void clock(long request, String limit, String status, String stopped, String breached) {
        Timestamp start = ts("2026-10-01T02:00:00Z");
        jdbc.sql("""
                insert into time_limit_clock (company_id, request_id, request_number, scope_path, project_id, limit_key,
                                              limit_name, policy_version, working_time, duration_seconds,
                                              warn_after_seconds, escalate, stop_on, status, started_at, warn_at,
                                              due_at, breached_at, stopped_at)
                values (:company, :request, 'KPI', :path, :project, :limit, :limit, 1, false, 3600, 1800, false, '',
                        :status, :start, :start, :start, :breached, :stopped)""")
                .param("company", companyId).param("request", request).param("path", path).param("project", projectId)
                .param("limit", limit).param("status", status).param("start", start)
                .param("breached", breached == null ? null : ts(breached))
                .param("stopped", stopped == null ? null : ts(stopped)).update();
    }

    private void step(long request, String action, String at, String details) {
        jdbc.sql("""
                insert into request_timeline (company_id, request_id, at, actor_name, action, details)
                values (:company, :request, :at, '测试', :action, :details)""")
                .param("company", companyId).param("request", request).param("at", ts(at)).param("action", action)
                .param("details", details).update();
    }

    private void escalation(long request, String level, String at) {
        jdbc.sql("""
                insert into escalation_step (company_id, request_id, from_level, to_level, reason_code, actor_name,
                                             policy_version, at, scope_path, source)
                values (:company, :request, 'PROPERTY_COMPANY', :level, 'TEST', '测试', 1, :at, :path, :source)""")
                .param("company", companyId).param("request", request).param("level", level).param("at", ts(at))
                .param("path", path).param("source", level).update();
    }

    private void fine(long request, String rule, long fen, String at) {
        jdbc.sql("""
                insert into fine (company_id, request_id, request_number, scope_path, party, grade, level, amount_fen,
                                  status, rule, proposed_at, policy_version)
                values (:company, :request, 'KPI', :path, 'CONTRACTOR', 2, 'PROJECT_COMPANY', :fen, 'PROPOSED', :rule,
                        :at, 1)""")
                .param("company", companyId).param("request", request).param("path", path).param("fen", fen)
                .param("rule", rule).param("at", ts(at)).update();
    }

    /** A case of the library under the company, in {@code status}, reviewed at {@code reviewed} (or not). */
    private void knowledgeCase(String status, String reviewed) {
        jdbc.sql("""
                insert into knowledge_case (company_id, scope_path, problem, status, proposed_at, reviewed_at,
                                            search_tokens)
                values (:company, :path, '指标案例', :status, :proposed, :reviewed, to_tsvector('simple', '指标'))""")
                .param("company", companyId).param("path", path).param("status", status)
                .param("proposed", ts("2026-09-20T02:00:00Z"))
                .param("reviewed", reviewed == null ? null : ts(reviewed)).update();
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
