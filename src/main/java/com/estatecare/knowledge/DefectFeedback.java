package com.estatecare.knowledge;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The knowledge module's aggregate for the periodic defect report (项目缺陷反馈, docs/kpis.md "Defect feedback"):
 * over {@code defect_record} under a branch, the recurring defects of a period per project, building, component and
 * cause beside their count in the period before, the period's totals, and the monthly trend per cause. SQL
 * aggregates only; a defect counts in the period it was received in.
 */
@Component
public class DefectFeedback {

    /** Defects of one place, component and cause from which they are recurring (重复缺陷). */
    public static final int RECURRING_FROM = 2;

    /** One recurring group: its defects and distinct units in the period, and its defects in the period before. */
    public record Recurring(long projectId, String project, long buildingId, String building, String componentCode,
            String cause, long defects, long units, long previous) {
    }

    /** All defects of the period and of the period before, the distinct units, and the recurring groups. */
    public record Totals(long defects, long units, long previous, long recurringGroups) {
    }

    /** Defects received in one month (its first day), per cause. */
    public record Month(LocalDate month, long defects, Map<String, Long> byCause) {
    }

    private final JdbcClient jdbc;

    DefectFeedback(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The groups with {@value #RECURRING_FROM} or more defects in {@code period}, most first, at most {@code max};
     * beside each, its defects in {@code previous} (the period before, which must end where {@code period} starts).
     */
    @Transactional(readOnly = true)
    public List<Recurring> recurring(ReportPeriod period, ReportPeriod previous, String scopePath, int max) {
        VisibleTo branch = VisibleTo.branch(scopePath, "d.scope_path");
        return jdbc.sql("""
                select d.project_id, max(d.project_name) as project, d.building_id, max(d.building_name) as building,
                    d.component_code, d.cause, count(*) filter (where d.received_at >= :start) as defects,
                    count(distinct d.unit_id) filter (where d.received_at >= :start) as units,
                    count(*) filter (where d.received_at < :start) as previous
                from defect_record d
                where %s and d.received_at >= :previousStart and d.received_at < :end
                group by d.project_id, d.building_id, d.component_code, d.cause
                having count(*) filter (where d.received_at >= :start) >= :recurringFrom
                order by defects desc, d.project_id, d.building_id, d.component_code, d.cause
                limit :max""".formatted(branch.sql()))
                .params(branch.params()).params(period.params())
                .param("previousStart", Timestamp.from(previous.start())).param("recurringFrom", RECURRING_FROM)
                .param("max", max)
                .query((rs, i) -> new Recurring(rs.getLong("project_id"), rs.getString("project"),
                        rs.getLong("building_id"), rs.getString("building"), rs.getString("component_code"),
                        rs.getString("cause"), rs.getLong("defects"), rs.getLong("units"), rs.getLong("previous")))
                .list();
    }

    /** The totals of {@code period} and {@code previous} under the branch. */
    @Transactional(readOnly = true)
    public Totals totals(ReportPeriod period, ReportPeriod previous, String scopePath) {
        VisibleTo branch = VisibleTo.branch(scopePath, "d.scope_path");
        return jdbc.sql("""
                with g as (
                    select count(*) filter (where d.received_at >= :start) as defects,
                        count(*) filter (where d.received_at < :start) as previous
                    from defect_record d
                    where %s and d.received_at >= :previousStart and d.received_at < :end
                    group by d.project_id, d.building_id, d.component_code, d.cause
                ), u as (
                    select count(distinct d.unit_id) as units
                    from defect_record d
                    where %s and d.received_at >= :start and d.received_at < :end
                )
                select coalesce(sum(g.defects), 0) as defects, coalesce(sum(g.previous), 0) as previous,
                    count(*) filter (where g.defects >= :recurringFrom) as recurring, max(u.units) as units
                from u left join g on true""".formatted(branch.sql(), branch.sql()))
                .params(branch.params()).params(period.params())
                .param("previousStart", Timestamp.from(previous.start())).param("recurringFrom", RECURRING_FROM)
                .query((rs, i) -> new Totals(rs.getLong("defects"), rs.getLong("units"), rs.getLong("previous"),
                        rs.getLong("recurring")))
                .single();
    }

    /** Per month of {@code period} (every month, zero where none), the defects received, per cause. */
    @Transactional(readOnly = true)
    public List<Month> trend(ReportPeriod period, String scopePath) {
        VisibleTo branch = VisibleTo.branch(scopePath, "d.scope_path");
        Map<LocalDate, Map<String, Long>> months = new LinkedHashMap<>();
        period.buckets().forEach(month -> months.put(month, new LinkedHashMap<>()));
        jdbc.sql("""
                select %s as month, d.cause, count(*) as defects
                from defect_record d
                where %s and d.received_at >= :start and d.received_at < :end
                group by 1, 2
                order by 1, 2""".formatted(period.bucketSql("d.received_at"), branch.sql()))
                .params(branch.params()).params(period.params())
                .query(rs -> {
                    months.computeIfAbsent(rs.getObject("month", LocalDate.class), m -> new LinkedHashMap<>())
                            .put(rs.getString("cause"), rs.getLong("defects"));
                });
        List<Month> trend = new ArrayList<>();
        months.forEach((month, byCause) -> trend.add(new Month(month,
                byCause.values().stream().mapToLong(Long::longValue).sum(), byCause)));
        return trend;
    }
}
