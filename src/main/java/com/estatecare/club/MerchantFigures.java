package com.estatecare.club;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The club's partner merchants for reports (联盟商家, docs/kpis.md "Partner merchants"): how many merchants were
 * active for a branch in a period — active now, with a contract overlapping the period, of the branch's company or a
 * company under it — and the members' ratings given or changed in the period by members of the branch, with the sum
 * of their scores (average = sum ÷ ratings).
 */
@Component
public class MerchantFigures {

    /** Active merchants, ratings in the period and the sum of their scores (1–5 each). */
    public record Totals(long activeMerchants, long ratings, long scoreSum) {

        /** The average rating to two decimals, null without ratings. */
        public Double average() {
            return ratings == 0 ? null : Math.round(scoreSum * 100.0 / ratings) / 100.0;
        }
    }

    private final JdbcClient jdbc;

    MerchantFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Totals of(ReportPeriod period, String scopePath) {
        VisibleTo below = VisibleTo.branch(scopePath, "scope_path");
        long active = jdbc.sql("select count(*) from club_merchant where (" + below.sql() + " or "
                + VisibleTo.covering("scope_path", ":path") + ") and status = 'ACTIVE'"
                + " and (contract_from is null or contract_from <= :to) and (contract_to is null or contract_to >= :from)")
                .params(below.params()).param("path", scopePath).param("from", period.from()).param("to", period.to())
                .query(Long.class).single();
        VisibleTo members = VisibleTo.branch(scopePath, "scope_path");
        return jdbc.sql("select count(*) as ratings, coalesce(sum(score), 0) as score_sum from club_merchant_rating where "
                + members.sql() + " and changed_at >= :start and changed_at < :end")
                .params(members.params()).params(period.params())
                .query((rs, i) -> new Totals(active, rs.getLong(1), rs.getLong(2))).single();
    }
}
