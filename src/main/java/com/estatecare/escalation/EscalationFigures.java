package com.estatecare.escalation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.BucketCount;
import com.estatecare.platform.ReportPeriod;

/**
 * The escalation module's aggregate for reports, over its own steps: how many
 * times requests moved up the ladder (投诉上移) in each bucket, by the level
 * they reached.
 */
@Component
public class EscalationFigures {

    private final JdbcClient jdbc;

    EscalationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Steps up the ladder taken in the period under the branch at {@code scopePath}, per bucket and level reached. */
    @Transactional(readOnly = true)
    public List<BucketCount> stepsByLevel(ReportPeriod period, String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "s.scope_path");
        return jdbc.sql("""
                select %s as bucket, s.to_level as key, count(*) as n
                from escalation_step s
                where s.at >= :start and s.at < :end and %s
                group by 1, 2""".formatted(period.bucketSql("s.at"), visible.sql()))
                .params(visible.params()).params(period.params())
                .query(BucketCount.rows())
                .list();
    }
}
