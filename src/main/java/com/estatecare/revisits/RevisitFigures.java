package com.estatecare.revisits;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The revisits module's aggregate for reports, over its own tasks: revisit coverage (回访率) of the tasks due in a
 * period under a branch — due, revisited, revisited by the due time, still open past it, revisited during a club
 * activity — per project, as one SQL
 * aggregate. Withdrawn tasks (their repair went into a second handling before the revisit) are not due.
 */
@Component
public class RevisitFigures {

    /** One project's tasks due in the period; {@code projectId} is null for requests without a project. */
    public record ProjectCoverage(Long projectId, String projectName, long due, long revisited, long onTime,
            long overdue, long duringActivities) {
    }

    /**
     * The branch's tasks due in the period, all projects together; {@code duringActivities}: of the revisited, those
     * made during a club activity (they count as any revisit).
     */
    public record Totals(long due, long revisited, long onTime, long overdue, long duringActivities) {
        public static Totals of(List<ProjectCoverage> projects) {
            return new Totals(projects.stream().mapToLong(ProjectCoverage::due).sum(),
                    projects.stream().mapToLong(ProjectCoverage::revisited).sum(),
                    projects.stream().mapToLong(ProjectCoverage::onTime).sum(),
                    projects.stream().mapToLong(ProjectCoverage::overdue).sum(),
                    projects.stream().mapToLong(ProjectCoverage::duringActivities).sum());
        }
    }

    /** A revisit made during a club activity, as the activity's detail shows it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ActivityRevisit")
    public record ActivityRevisit(long revisitId, long requestId, String requestNumber, String projectName,
            String unitLabel, boolean satisfied, Integer satisfaction, String answeredBy, Instant answeredAt) {
    }

    public static final int MAX_ACTIVITY_REVISITS = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    RevisitFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Per project, the tasks due in the period under the branch at {@code scopePath}. */
    @Transactional(readOnly = true)
    public List<ProjectCoverage> dueIn(ReportPeriod period, String scopePath) {
        VisibleTo branch = VisibleTo.branch(scopePath, "t.scope_path");
        return jdbc.sql("""
                select t.project_id, max(t.project_name) as project_name, count(*) as due,
                    count(*) filter (where t.status = 'ANSWERED') as revisited,
                    count(*) filter (where t.status = 'ANSWERED' and t.answered_at <= t.due_at) as on_time,
                    count(*) filter (where t.status = 'OPEN' and t.due_at < :now) as overdue,
                    count(*) filter (where t.status = 'ANSWERED' and t.activity_id is not null)
                        as during_activities
                from revisit_task t
                where %s and t.status <> 'WITHDRAWN' and t.due_at >= :start and t.due_at < :end
                group by t.project_id
                order by max(t.project_name), t.project_id""".formatted(branch.sql()))
                .params(branch.params()).params(period.params()).param("now", Timestamp.from(clock.instant()))
                .query((rs, i) -> new ProjectCoverage(rs.getObject("project_id", Long.class),
                        rs.getString("project_name"), rs.getLong("due"), rs.getLong("revisited"),
                        rs.getLong("on_time"), rs.getLong("overdue"), rs.getLong("during_activities")))
                .list();
    }

    /**
     * The revisits made during a club activity of the company, latest first (at most {@value #MAX_ACTIVITY_REVISITS}):
     * the club shows them on the activity's detail, having checked that the caller may see the activity.
     */
    @Transactional(readOnly = true)
    public List<ActivityRevisit> madeDuring(long companyId, long activityId) {
        return jdbc.sql("""
                select t.id, t.request_id, t.request_number, t.project_name, t.unit_label, t.satisfied, t.satisfaction,
                    t.answered_by_name, t.answered_at
                from revisit_task t
                where t.company_id = :c and t.activity_id = :a and t.status = 'ANSWERED'
                order by t.answered_at desc, t.id desc
                limit :limit""").param("c", companyId).param("a", activityId).param("limit", MAX_ACTIVITY_REVISITS)
                .query((rs, i) -> new ActivityRevisit(rs.getLong("id"), rs.getLong("request_id"),
                        rs.getString("request_number"), rs.getString("project_name"), rs.getString("unit_label"),
                        rs.getBoolean("satisfied"), rs.getObject("satisfaction", Integer.class),
                        rs.getString("answered_by_name"), rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    /** The branch's totals of {@link #dueIn}. */
    @Transactional(readOnly = true)
    public Totals totalDueIn(ReportPeriod period, String scopePath) {
        return Totals.of(dueIn(period, scopePath));
    }
}
