package com.estatecare.hotline;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The hotline's figures for a report, counted by one statement over the cases forwarded in a period under a branch:
 * cases, replies recorded and those in time, contacts in time, and deadlines past with nothing done at {@code asOf}.
 */
@Service
public class HotlineFigures {

    /** The counts of the cases forwarded in the period. */
    public record Totals(long cases, long replied, long repliedOnTime, long contactedOnTime, long contactOverdue,
            long replyOverdue) {
    }

    private final JdbcClient jdbc;

    HotlineFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Totals forwardedIn(ReportPeriod period, String path, java.time.Instant asOf) {
        VisibleTo branch = VisibleTo.branch(path, "scope_path");
        return jdbc.sql("""
                select count(*) as cases,
                       count(*) filter (where replied_at is not null) as replied,
                       count(*) filter (where replied_at <= reply_due_at) as replied_on_time,
                       count(*) filter (where contacted_at <= contact_due_at) as contacted_on_time,
                       count(*) filter (where contact_due_at < :as_of
                                          and (contacted_at is null or contacted_at > contact_due_at)) as contact_overdue,
                       count(*) filter (where reply_due_at < :as_of
                                          and (replied_at is null or replied_at > reply_due_at)) as reply_overdue
                from hotline_case
                where forwarded_at >= :from and forwarded_at < :to and %s""".formatted(branch.sql()))
                .param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .param("as_of", Timestamp.from(asOf)).params(branch.params())
                .query((rs, n) -> new Totals(rs.getLong("cases"), rs.getLong("replied"), rs.getLong("replied_on_time"),
                        rs.getLong("contacted_on_time"), rs.getLong("contact_overdue"), rs.getLong("reply_overdue")))
                .single();
    }
}
