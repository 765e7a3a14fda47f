package com.estatecare.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.reporting.DefectReportPolicy;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

/**
 * On the first working day of a month, each company's report of the month before is queued once for the
 * headquarters address and its defect report for the design and engineering address, even when two instances run the sweep at the same moment; on other days nothing is.
 * The clock is fixed by the test; the business calendar is the national one (2026 National Day: 1–7 October).
 */
@EstateCareTest
class MonthlyMailingTests {

    @Autowired
    MonthlyMailing mailing;
    @Autowired
    MutableClock clock;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcClient jdbc;

    private Instant before;

    @BeforeEach
    void remember() {
        before = clock.instant();
    }

    @AfterEach
    void restore() {
        clock.set(before);
    }

    @Test
    void theFirstWorkingDayOfAMonthFollowsTheBusinessCalendar() {
        long shanghai = company("SH").companyId();
        assertThat(mailing.firstWorkingDay(shanghai, LocalDate.parse("2026-10-01"))).as("National Day").isFalse();
        assertThat(mailing.firstWorkingDay(shanghai, LocalDate.parse("2026-10-07"))).isFalse();
        assertThat(mailing.firstWorkingDay(shanghai, LocalDate.parse("2026-10-08"))).isTrue();
        assertThat(mailing.firstWorkingDay(shanghai, LocalDate.parse("2026-10-09"))).isFalse();
        assertThat(mailing.firstWorkingDay(shanghai, LocalDate.parse("2026-11-01"))).as("a Sunday").isFalse();
        assertThat(mailing.firstWorkingDay(shanghai, LocalDate.parse("2026-11-02"))).isTrue();
        assertThat(mailing.firstWorkingDay(shanghai, LocalDate.parse("2026-12-01"))).isTrue();
    }

    @Test
    void eachCompanysReportIsQueuedOnceOnTheFirstWorkingDayEvenFromTwoInstances() throws Exception {
        List<Long> companies = List.of(company("SH").id(), company("HZ").id());

        clock.set(Instant.parse("2026-11-30T02:00:00Z")); // a Monday, the month's last working day
        assertThat(nodes(mailing.queueDue())).doesNotContainAnyElementsOf(companies);
        clock.set(Instant.parse("2026-12-01T02:00:00Z")); // Tuesday 1 December, 10:00 in Shanghai
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<List<MonthlyMailing.Queued>>> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            instances.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return mailing.queueDue();
            }));
        }
        List<MonthlyMailing.Queued> queued = new ArrayList<>();
        for (CompletableFuture<List<MonthlyMailing.Queued>> instance : instances) {
            queued.addAll(instance.get(120, TimeUnit.SECONDS));
        }
        // each company's monthly report and its defect report of November (the default cadence), each once
        List<MonthlyMailing.Queued> expected = new ArrayList<>();
        for (long node : companies) {
            expected.add(new MonthlyMailing.Queued(node, "MONTHLY", "2026-11"));
            expected.add(new MonthlyMailing.Queued(node, "DEFECTS", "2026-11"));
        }
        assertThat(queued.stream().filter(q -> companies.contains(q.orgNodeId())))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(nodes(mailing.queueDue())).as("the next hour's sweep").doesNotContainAnyElementsOf(companies);

        for (long node : companies) {
            List<Map<String, Object>> rows = jdbc.sql("""
                    select period, recipient, subject, pdf, xlsx, sent_at from report_outbox
                    where org_node_id = :node and report = 'MONTHLY'""").param("node", node).query().listOfRows();
            assertThat(rows).hasSize(1);
            Map<String, Object> row = rows.get(0);
            assertThat(row.get("period")).isEqualTo("2026-11");
            assertThat(row.get("recipient")).isEqualTo("kefu-zongbu@estatecare.example");
            assertThat((String) row.get("subject")).contains("2026年11月客服月报");
            assertThat(new String((byte[]) row.get("pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(new String((byte[]) row.get("xlsx"), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
            assertThat(row.get("sent_at")).as("kept until the e-mail channel sends it").isNull();
            Map<String, Object> defects = jdbc.sql("""
                    select period, recipient, subject, pdf, xlsx from report_outbox
                    where org_node_id = :node and report = 'DEFECTS'""").param("node", node).query().singleRow();
            assertThat(defects.get("recipient")).isEqualTo("sheji-gongcheng@estatecare.example");
            assertThat((String) defects.get("subject")).contains("2026年11月项目缺陷反馈");
            assertThat(new String((byte[]) defects.get("pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(new String((byte[]) defects.get("xlsx"), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        }
    }

    @Test
    void theDefectReportOfAQuarterIsDueInTheMonthAfterItAndAMonthsInEachMonth() {
        assertThat(MonthlyMailing.defectPeriod(DefectReportPolicy.Cadence.QUARTERLY, YearMonth.of(2027, 1)))
                .map(ReportingPeriod::label).contains("2026-Q4");
        assertThat(MonthlyMailing.defectPeriod(DefectReportPolicy.Cadence.QUARTERLY, YearMonth.of(2026, 12)))
                .isEmpty();
        assertThat(MonthlyMailing.defectPeriod(DefectReportPolicy.Cadence.QUARTERLY, YearMonth.of(2026, 10)))
                .map(ReportingPeriod::label).contains("2026-Q3");
        assertThat(MonthlyMailing.defectPeriod(DefectReportPolicy.Cadence.MONTHLY, YearMonth.of(2026, 12)))
                .map(ReportingPeriod::label).contains("2026-11");
    }

    private static List<Long> nodes(List<MonthlyMailing.Queued> queued) {
        return queued.stream().map(MonthlyMailing.Queued::orgNodeId).toList();
    }

    private OrgNodeView company(String code) {
        return organisation.companies().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
