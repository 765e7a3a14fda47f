package com.estatecare.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
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
        assertThat(report.get("notAvailable").valueStream().map(u -> u.get("code").asString()))
                .containsExactly("CASES");
        assertThat(report.get("title").asString()).isEqualTo(company.name() + " 2026年10月客服月报");

        // the month before holds only r6's September rating and registration
        JsonNode september = api.as("hq").get("/api/v1/reports/monthly?org=" + company.id() + "&month=2026-09")
                .json();
        assertThat(lines(september, "KIND")).containsExactly(Map.entry("REPAIR", 1L));
        assertKpi(september, "OWNER_RATING_AVERAGE", 1.0, 1, 1);
        assertThat(kpi(september, "FIRST_CONTACT_RESOLUTION_RATE").get("value").isNull()).isTrue();
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

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
