package com.estatecare.knowledge.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.registry.BuildingView;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;

/**
 * The defect figures of the caller's branch (SQL aggregates over {@code defect_record}, never a loop over rows):
 * counts per project, building, component and cause with the recurring ones marked, the monthly trend, and the
 * heat map of one project's buildings by floor or by component.
 */
@Component
class DefectFigures {

    /** The most groups one answer lists (the most frequent first). */
    static final int MAX_GROUPS = 500;

    /** Defects of one place, component and cause in the period. */
    record Group(long projectId, String project, long buildingId, String building, String componentCode,
            String cause, long defects, long units, boolean recurring) {
    }

    /** Defects received in one month (its first day), per cause. */
    record Month(LocalDate month, long defects, Map<String, Long> byCause) {
    }

    /** Rows: the project's buildings (from the registry); columns: floors or components; cells [column, row, n]. */
    record HeatMap(long projectId, String project, String by, List<String> buildings, List<String> columns,
            List<long[]> cells, long max) {
    }

    enum By { FLOOR, COMPONENT }

    private final JdbcClient jdbc;
    private final Registry registry;

    DefectFigures(JdbcClient jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    List<Group> groups(Long projectId, ReportPeriod period, CurrentUser user) {
        Scope scope = scope(projectId, period, user);
        return jdbc.sql("""
                select d.project_id, max(d.project_name) as project, d.building_id, max(d.building_name) as building,
                    d.component_code, d.cause, count(*) as defects, count(distinct d.unit_id) as units
                from defect_record d
                where %s
                group by d.project_id, d.building_id, d.component_code, d.cause
                order by defects desc, d.project_id, d.building_id, d.component_code, d.cause
                limit :max""".formatted(scope.sql))
                .params(scope.params).param("max", MAX_GROUPS)
                .query((rs, i) -> new Group(rs.getLong("project_id"), rs.getString("project"),
                        rs.getLong("building_id"), rs.getString("building"), rs.getString("component_code"),
                        rs.getString("cause"), rs.getLong("defects"), rs.getLong("units"),
                        DefectRule.recurring(rs.getLong("defects"))))
                .list();
    }

    @Transactional(readOnly = true)
    List<Month> trend(Long projectId, ReportPeriod period, CurrentUser user) {
        Scope scope = scope(projectId, period, user);
        Map<LocalDate, Map<String, Long>> months = new LinkedHashMap<>();
        for (LocalDate month : period.buckets()) {
            months.put(month, new LinkedHashMap<>());
        }
        jdbc.sql("""
                select cast(date_trunc('month', d.received_at at time zone 'Asia/Shanghai') as date) as month,
                    d.cause, count(*) as defects
                from defect_record d
                where %s
                group by 1, 2""".formatted(scope.sql))
                .params(scope.params)
                .query(rs -> {
                    months.computeIfAbsent(rs.getDate("month").toLocalDate(), m -> new LinkedHashMap<>())
                            .put(rs.getString("cause"), rs.getLong("defects"));
                });
        List<Month> trend = new ArrayList<>();
        months.forEach((month, byCause) -> trend.add(new Month(month,
                byCause.values().stream().mapToLong(Long::longValue).sum(), byCause)));
        return trend;
    }

    @Transactional(readOnly = true)
    HeatMap heatMap(long projectId, By by, ReportPeriod period, CurrentUser user) {
        ProjectView project = visibleProject(projectId, user);
        Scope scope = scope(projectId, period, user);
        List<BuildingView> buildings = registry.buildingsOf(projectId);
        String column = by == By.FLOOR ? "cast(d.floor as varchar)" : "d.component_code";
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("""
                select d.building_id, %s as col, count(*) as defects
                from defect_record d
                where %s
                group by 1, 2""".formatted(column, scope.sql))
                .params(scope.params)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong("building_id"), b -> new HashMap<>())
                            .put(rs.getString("col") == null ? "-" : rs.getString("col"), rs.getLong("defects"));
                });
        List<String> columns = columns(by, buildings, counts);
        List<long[]> cells = new ArrayList<>();
        long max = 0;
        for (int row = 0; row < buildings.size(); row++) {
            Map<String, Long> ofBuilding = counts.getOrDefault(buildings.get(row).id(), Map.of());
            for (int col = 0; col < columns.size(); col++) {
                long n = ofBuilding.getOrDefault(columns.get(col), 0L);
                cells.add(new long[] { col, row, n });
                max = Math.max(max, n);
            }
        }
        return new HeatMap(projectId, project.name(), by.name(),
                buildings.stream().map(BuildingView::name).toList(), columns, cells, max);
    }

    /** Floors 1 to the highest (the registry's floors, or a defect's floor), or the components that had defects. */
    private static List<String> columns(By by, List<BuildingView> buildings, Map<Long, Map<String, Long>> counts) {
        if (by == By.COMPONENT) {
            return counts.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        }
        int top = buildings.stream().mapToInt(b -> b.floors() == null ? 0 : b.floors()).max().orElse(0);
        for (Map<String, Long> m : counts.values()) {
            for (String floor : m.keySet()) {
                if (!"-".equals(floor)) {
                    top = Math.max(top, Integer.parseInt(floor));
                }
            }
        }
        List<String> floors = new ArrayList<>();
        for (int f = 1; f <= Math.min(top, 200); f++) {
            floors.add(Integer.toString(f));
        }
        return floors;
    }

    ProjectView visibleProject(long projectId, CurrentUser user) {
        return registry.project(projectId).filter(p -> user.covers(p.scopePath()))
                .orElseThrow(() -> DomainException.notFound("project"));
    }

    private record Scope(String sql, Map<String, Object> params) {
    }

    private Scope scope(Long projectId, ReportPeriod period, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "d.scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("from", Timestamp.from(period.start()));
        params.put("to", Timestamp.from(period.end()));
        String sql = visible.sql() + " and d.received_at >= :from and d.received_at < :to";
        if (projectId != null) {
            visibleProject(projectId, user);
            sql += " and d.project_id = :project";
            params.put("project", projectId);
        }
        return new Scope(sql, params);
    }
}
