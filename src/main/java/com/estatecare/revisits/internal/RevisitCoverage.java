package com.estatecare.revisits.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Revisit coverage of an organisation node's branch for a period, as one SQL aggregate over the tasks due in
 * it (never a loop over rows), in total and per project.
 */
@Component
class RevisitCoverage {

    /** The node's figure and its projects' figures. */
    @Schema(name = "RevisitCoverageReport")
    record Report(long orgNodeId, String orgNodeName, java.time.LocalDate from, java.time.LocalDate to,
            Coverage total, List<Coverage> projects) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final java.time.Clock clock;

    RevisitCoverage(JdbcClient jdbc, Organisation organisation, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Report of(Long orgNodeId, ReportPeriod period, CurrentUser user) {
        long id = orgNodeId == null ? user.orgNodeId() : orgNodeId;
        OrgNodeView node = organisation.node(id).filter(n -> user.covers(n.path()))
                .orElseThrow(() -> DomainException.notFound("orgNode"));
        VisibleTo branch = VisibleTo.branch(node.path(), "t.scope_path");
        Map<String, Object> params = new HashMap<>(branch.params());
        params.put("from", Timestamp.from(period.from().atStartOfDay(ReportPeriod.ZONE).toInstant()));
        params.put("to", Timestamp.from(period.to().plusDays(1).atStartOfDay(ReportPeriod.ZONE).toInstant()));
        params.put("now", Timestamp.from(clock.instant()));
        List<Coverage> rows = jdbc.sql("""
                select t.project_id, max(t.project_name) as project_name, count(*) as due,
                    count(*) filter (where t.status = 'ANSWERED') as revisited,
                    count(*) filter (where t.status = 'ANSWERED' and t.answered_at <= t.due_at) as on_time,
                    count(*) filter (where t.status = 'OPEN' and t.due_at < :now) as overdue
                from revisit_task t
                where %s and t.status <> 'WITHDRAWN' and t.due_at >= :from and t.due_at < :to
                group by t.project_id
                order by max(t.project_name), t.project_id""".formatted(branch.sql()))
                .params(params)
                .query((rs, i) -> Coverage.of(null, rs.getObject("project_id", Long.class),
                        rs.getString("project_name"), rs.getLong("due"), rs.getLong("revisited"),
                        rs.getLong("on_time"), rs.getLong("overdue")))
                .list();
        Coverage total = Coverage.of(node.id(), null, null, rows.stream().mapToLong(Coverage::due).sum(),
                rows.stream().mapToLong(Coverage::revisited).sum(), rows.stream().mapToLong(Coverage::onTime).sum(),
                rows.stream().mapToLong(Coverage::overdue).sum());
        return new Report(node.id(), node.name(), period.from(), period.to(), total, rows);
    }
}
