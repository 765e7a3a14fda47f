package com.estatecare.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The monthly report counts the city hotline's cases apart (12345): over a small fixed set of cases forwarded in
 * October 2026 under a company node of its own, with one case just outside the month on each side. The expected
 * figures are worked out by hand in the comments; the report is made on 24 November 2026 (the test clock).
 */
@EstateCareTest
class MonthlyReportHotlineTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisation organisation;

    @Test
    void hotlineCasesOfOctoberAreCountedApartWithTheirContactAndReplyOnTime() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long group = jdbc.sql("select id from org_node where kind = 'GROUP'").query(Long.class).single();
        OrgNodeView company = organisation.createNode(group, OrgKind.COMPANY, "HL-" + suffix, "热线测试公司" + suffix);

        // h1: contacted and replied in time
        hotlineCase(company, "h1", "2026-10-08T02:00:00Z", "2026-10-09T02:00:00Z", "2026-10-08T05:00:00Z",
                "2026-10-15T02:00:00Z", "2026-10-14T02:00:00Z");
        // h2: contacted a day late, replied two days late
        hotlineCase(company, "h2", "2026-10-12T02:00:00Z", "2026-10-13T02:00:00Z", "2026-10-14T02:00:00Z",
                "2026-10-19T02:00:00Z", "2026-10-21T02:00:00Z");
        // h3: neither contacted nor replied, both deadlines past by 24 November
        hotlineCase(company, "h3", "2026-10-20T02:00:00Z", "2026-10-21T02:00:00Z", null, "2026-10-27T02:00:00Z",
                null);
        // h4: contacted in time; its reply is due on 30 November, not yet decided
        hotlineCase(company, "h4", "2026-10-30T02:00:00Z", "2026-11-02T02:00:00Z", "2026-11-02T01:00:00Z",
                "2026-11-30T02:00:00Z", null);
        // forwarded on 30 September 23:59 and on 1 November 00:00 in Shanghai: not October's
        hotlineCase(company, "h5", "2026-09-30T15:59:00Z", "2026-10-01T02:00:00Z", null, "2026-10-08T02:00:00Z",
                null);
        hotlineCase(company, "h6", "2026-10-31T16:00:00Z", "2026-11-02T02:00:00Z", null, "2026-11-06T02:00:00Z",
                null);

        JsonNode report = api.as("hq").get("/api/v1/reports/monthly?org=" + company.id() + "&month=2026-10").json();
        // h1 h2 h3 h4
        assertThat(MonthlyReportKpiTests.kpi(report, "HOTLINE_CASES").get("value").asDouble()).isEqualTo(4);
        // contacts decided: h1 and h4 in time, h2 late, h3 past → 2 / 4
        assertKpi(report, "HOTLINE_CONTACT_ON_TIME_RATE", 0.5, 2, 4);
        // replies decided: h1 in time, h2 late, h3 past (h4 not due yet) → 1 / 3
        assertKpi(report, "HOTLINE_REPLY_ON_TIME_RATE", 0.3333, 1, 3);
        assertThat(MonthlyReportKpiTests.kpi(report, "HOTLINE_CASES").get("label").asString())
                .isEqualTo("12345 热线转办工单");

        JsonNode september = api.as("hq").get("/api/v1/reports/monthly?org=" + company.id() + "&month=2026-09")
                .json();
        assertThat(MonthlyReportKpiTests.kpi(september, "HOTLINE_CASES").get("value").asDouble()).isEqualTo(1);
        assertThat(MonthlyReportKpiTests.kpi(september, "HOTLINE_REPLY_ON_TIME_RATE").get("denominator").asLong())
                .isEqualTo(1);
    }

    private static void assertKpi(JsonNode report, String code, double value, long numerator, long denominator) {
        JsonNode kpi = MonthlyReportKpiTests.kpi(report, code);
        assertThat(kpi.get("value").asDouble()).as(code).isEqualTo(value);
        assertThat(kpi.get("numerator").asLong()).as(code).isEqualTo(numerator);
        assertThat(kpi.get("denominator").asLong()).as(code).isEqualTo(denominator);
    }

    private void hotlineCase(OrgNodeView company, String name, String forwarded, String contactDue, String contacted,
            String replyDue, String replied) {
        jdbc.sql("""
                insert into hotline_case (company_id, scope_path, case_number, category, citizen_name, citizen_phone,
                    text, request_id, request_number, forwarded_at, contact_due_at, reply_due_at, policy_version,
                    contacted_at, reply_state, replied_at, drafted_by, approved_by, registered_at, registered_by)
                values (:company, :path, :number, '住房质量', '市民', '13900000000', '测试', 0, 'TS-0', :forwarded,
                    :contactDue, :replyDue, 1, :contacted, :state, :replied, :drafter, :approver, :forwarded, 0)""")
                .param("company", company.companyId()).param("path", company.path())
                .param("number", name + "-" + company.code()).param("forwarded", at(forwarded))
                .param("contactDue", at(contactDue)).param("replyDue", at(replyDue)).param("contacted", at(contacted))
                .param("state", replied == null ? "NONE" : "APPROVED").param("replied", at(replied))
                .param("drafter", replied == null ? null : 1L).param("approver", replied == null ? null : 2L)
                .update();
    }

    private static Timestamp at(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }
}
