package com.estatecare.timelimits;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.BucketCount;
import com.estatecare.platform.ReportPeriod;

/**
 * The time-limits module's aggregate for the on-time rate (及时率), over its own
 * clocks: a clock is decided when it is met (its step came in time, counted
 * when it stopped) or breached (counted when it breached); the rate of a
 * bucket is met / (met + breached). Clocks still running, paused or cancelled
 * before their due time are not decided and not counted.
 */
@Component
public class OnTimeFigures {

    /** What the decided clocks are grouped by; the SQL comes from here, never from input. */
    public enum GroupBy {
        LIMIT("c.limit_key"), PROJECT("c.project_id");

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    OnTimeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Clocks decided in the period under the branch at {@code scopePath}: per
     * bucket and group, {@link BucketCount#count()} met and
     * {@link BucketCount#second()} breached; only of {@code limitKey} when given.
     */
    @Transactional(readOnly = true)
    public List<BucketCount> decided(ReportPeriod period, GroupBy groupBy, String limitKey, String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "c.scope_path");
        return jdbc.sql("""
                select %s as bucket, %s as key,
                       count(*) filter (where c.breached_at is null) as met,
                       count(*) filter (where c.breached_at is not null) as breached
                from time_limit_clock c
                where (c.status = 'MET' or c.breached_at is not null)
                  and coalesce(c.breached_at, c.stopped_at) >= :start and coalesce(c.breached_at, c.stopped_at) < :end
                  and %s and (:limit::varchar is null or c.limit_key = :limit)
                group by 1, 2""".formatted(period.bucketSql("coalesce(c.breached_at, c.stopped_at)"), groupBy.column,
                        visible.sql()))
                .params(visible.params()).params(period.params())
                .param("limit", limitKey)
                .query(BucketCount.rows("met", "breached"))
                .list();
    }
}
