package com.estatecare.grading;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.BucketCount;
import com.estatecare.platform.ReportPeriod;

/**
 * The grading module's aggregates for reports, over its own table
 * ({@code complaint_grade}, which keeps each complaint's place in the tree,
 * project, time received and whether it is still open): the grade distribution
 * of the complaints received in a period, and the hotspots (热点投诉, grade 2)
 * open now.
 */
@Component
public class GradeFigures {

    /** An open hotspot complaint: the request to open, its project and when it was received. */
    public record Hotspot(long requestId, Long projectId, Instant receivedAt) {
    }

    /** At most this many hotspots are listed; the counts cover them all. */
    public static final int HOTSPOT_LIST_LIMIT = 100;

    private final JdbcClient jdbc;

    GradeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Complaints received in the period under the branch at {@code scopePath}, per bucket and current grade (1–4). */
    @Transactional(readOnly = true)
    public List<BucketCount> gradesReceived(ReportPeriod period, String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "g.scope_path");
        return jdbc.sql("""
                select %s as bucket, g.grade as key, count(*) as n
                from complaint_grade g
                where g.received_at >= :start and g.received_at < :end and %s
                group by 1, 2""".formatted(period.bucketSql("g.received_at"), visible.sql()))
                .params(visible.params()).params(period.params())
                .query(BucketCount.rows())
                .list();
    }

    /** Open grade-2 complaints under the branch, counted per project (no bucket). */
    @Transactional(readOnly = true)
    public List<BucketCount> openHotspotsByProject(String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "g.scope_path");
        return jdbc.sql("""
                select g.project_id as key, count(*) as n
                from complaint_grade g
                where g.open and g.grade = :grade and %s
                group by 1""".formatted(visible.sql()))
                .params(visible.params()).param("grade", ComplaintGrade.HOTSPOT.number())
                .query((rs, n) -> new BucketCount(null, rs.getString("key"), rs.getLong("n"))).list();
    }

    /** The newest open hotspots under the branch, at most {@value #HOTSPOT_LIST_LIMIT}. */
    @Transactional(readOnly = true)
    public List<Hotspot> openHotspots(String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "g.scope_path");
        return jdbc.sql("""
                select g.request_id, g.project_id, g.received_at
                from complaint_grade g
                where g.open and g.grade = :grade and %s
                order by g.received_at desc, g.request_id desc
                limit %d""".formatted(visible.sql(), HOTSPOT_LIST_LIMIT))
                .params(visible.params()).param("grade", ComplaintGrade.HOTSPOT.number())
                .query((rs, n) -> new Hotspot(rs.getLong("request_id"), rs.getObject("project_id", Long.class),
                        received(rs.getTimestamp("received_at"))))
                .list();
    }

    private static Instant received(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
