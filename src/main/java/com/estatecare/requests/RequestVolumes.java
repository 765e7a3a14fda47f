package com.estatecare.requests;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.BucketCount;
import com.estatecare.platform.ReportPeriod;

/**
 * The requests module's aggregates for reports (客服月报, the manager's
 * dashboard): how many requests were registered per bucket of a period, by one
 * of their columns, counted in the database over the request table alone — one
 * range of {@code request_created_report_idx}, never rows loaded into memory.
 */
@Component
public class RequestVolumes {

    /** The column requests are grouped by; the SQL comes from here, never from input. */
    public enum GroupBy {
        KIND("kind"), CHANNEL("channel"), CATEGORY("category"), PROJECT("project_id"), STATUS("status");

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    RequestVolumes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Requests registered in the period under the branch at {@code scopePath}
     * (which the caller checked lies in the user's scope), per bucket and group;
     * only of {@code kind} when given. Empty cells are not returned.
     */
    @Transactional(readOnly = true)
    public List<BucketCount> count(ReportPeriod period, GroupBy groupBy, RequestKind kind, String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "r.scope_path");
        String bucket = period.bucketSql("r.created_at");
        return jdbc.sql("""
                select %s as bucket, r.%s as key, count(*) as n
                from request r
                where r.created_at >= :start and r.created_at < :end and %s and (:kind::varchar is null or r.kind = :kind)
                group by 1, 2""".formatted(bucket, groupBy.column, visible.sql()))
                .params(visible.params()).params(period.params())
                .param("kind", kind == null ? null : kind.name())
                .query(BucketCount.rows())
                .list();
    }
}
