package com.estatecare.assessment.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The assessment's read model: one SQL statement counts, per staff member of a branch, what the requests they
 * are responsible for (the request's assignee, 处理人) left in the period — archived and reopened requests and
 * complaints ({@code request}), the owners' ratings and revisit answers ({@code request_timeline}), decided clocks
 * ({@code time_limit_clock}), revisit tasks due ({@code revisit_task}), fines against a person
 * ({@code fine}, parties REPAIR_PERSON and RESPONSIBLE_SPECIALIST). It reads those tables and writes none
 * (decision 031); the formulas are those of the monthly report, grouped by person.
 */
@Component
class StaffFigures {

    /** One staff member and their figures. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssessmentPerson")
    record Person(long accountId, String name, long orgNodeId, String orgNodeName, String department,
            Figures figures) {
    }

    static final int MAX_PEOPLE = 1000;

    private final JdbcClient jdbc;

    StaffFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The staff of the branch at {@code scopePath} (only {@code accountId} when given), by name, at most 1,000. */
    @Transactional(readOnly = true)
    List<Person> of(ReportPeriod period, String scopePath, Long accountId) {
        VisibleTo branch = VisibleTo.branch(scopePath, "n.path");
        return jdbc.sql("""
                with person as (
                    select a.id, a.display_name, a.department, n.id as node_id, n.name as node_name
                    from account a join org_node n on n.id = a.org_node_id
                    where a.customer_id is null and a.enabled and %s and (:account::bigint is null or a.id = :account)
                    order by a.display_name, a.id
                    limit :max
                ), closed as (
                    select r.assignee_id as id, count(*) as closed, count(*) filter (where r.handling_round > 1) as reopened,
                        count(*) filter (where r.kind = 'COMPLAINT') as complaints,
                        count(*) filter (where r.kind = 'COMPLAINT' and r.handling_round = 1) as complaints_first
                    from request r
                    where r.assignee_id in (select id from person) and r.status = 'ARCHIVED'
                        and r.closed_at >= :start and r.closed_at < :end
                    group by 1
                ), rated as (
                    select r.assignee_id as id,
                        count(*) filter (where t.action = 'VERIFY' and t.details::jsonb ->> 'rating' is not null) as ratings,
                        count(*) filter (where t.action = 'VERIFY' and (t.details::jsonb ->> 'rating')::int >= 4) as good,
                        coalesce(sum((t.details::jsonb ->> 'rating')::int) filter (where t.action = 'VERIFY'), 0) as rating_sum,
                        count(*) filter (where t.action = 'REVISIT') as revisits,
                        count(*) filter (where t.action = 'REVISIT' and (t.details::jsonb ->> 'satisfied')::boolean) as satisfied
                    from request_timeline t join request r on r.id = t.request_id
                    where r.assignee_id in (select id from person) and t.action in ('VERIFY', 'REVISIT')
                        and t.at >= :start and t.at < :end
                    group by 1
                ), clocks as (
                    select r.assignee_id as id, count(*) filter (where c.breached_at is null) as met,
                        count(*) filter (where c.breached_at is not null) as breached
                    from time_limit_clock c join request r on r.id = c.request_id
                    where r.assignee_id in (select id from person) and (c.status = 'MET' or c.breached_at is not null)
                        and coalesce(c.breached_at, c.stopped_at) >= :start and coalesce(c.breached_at, c.stopped_at) < :end
                    group by 1
                ), revisit as (
                    select r.assignee_id as id, count(*) as due, count(*) filter (where v.status = 'ANSWERED') as revisited
                    from revisit_task v join request r on r.id = v.request_id
                    where r.assignee_id in (select id from person) and v.status <> 'WITHDRAWN'
                        and v.due_at >= :start and v.due_at < :end
                    group by 1
                ), fines as (
                    select r.assignee_id as id, count(*) as fines, coalesce(sum(f.amount_fen), 0) as fine_fen
                    from fine f join request r on r.id = f.request_id
                    where r.assignee_id in (select id from person) and f.party in ('REPAIR_PERSON', 'RESPONSIBLE_SPECIALIST')
                        and f.proposed_at >= :start and f.proposed_at < :end
                    group by 1
                )
                select p.id, p.display_name, p.department, p.node_id, p.node_name,
                    coalesce(closed.closed, 0) as closed, coalesce(closed.reopened, 0) as reopened,
                    coalesce(closed.complaints, 0) as complaints, coalesce(closed.complaints_first, 0) as complaints_first,
                    coalesce(rated.ratings, 0) as ratings, coalesce(rated.good, 0) as good,
                    coalesce(rated.rating_sum, 0) as rating_sum, coalesce(rated.revisits, 0) as revisits,
                    coalesce(rated.satisfied, 0) as satisfied, coalesce(clocks.met, 0) as met,
                    coalesce(clocks.breached, 0) as breached, coalesce(revisit.due, 0) as due,
                    coalesce(revisit.revisited, 0) as revisited, coalesce(fines.fines, 0) as fines,
                    coalesce(fines.fine_fen, 0) as fine_fen
                from person p
                left join closed on closed.id = p.id
                left join rated on rated.id = p.id
                left join clocks on clocks.id = p.id
                left join revisit on revisit.id = p.id
                left join fines on fines.id = p.id
                order by p.display_name, p.id""".formatted(branch.sql()))
                .params(branch.params()).params(period.params()).param("account", accountId).param("max", MAX_PEOPLE)
                .query((rs, row) -> {
                    String[] columns = { "closed", "reopened", "complaints", "complaints_first", "ratings", "good",
                            "rating_sum", "revisits", "satisfied", "met", "breached", "due", "revisited", "fines",
                            "fine_fen" };
                    long[] counts = new long[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        counts[i] = rs.getLong(columns[i]);
                    }
                    return new Person(rs.getLong("id"), rs.getString("display_name"), rs.getLong("node_id"),
                            rs.getString("node_name"), rs.getString("department"), Figures.of(counts));
                })
                .list();
    }
}
