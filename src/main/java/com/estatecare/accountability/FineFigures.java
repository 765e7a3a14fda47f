package com.estatecare.accountability;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The accountability module's aggregate for reports, over its own ledger: the
 * fines proposed in a period (累计处罚), counted and summed per status and
 * liable party.
 */
@Component
public class FineFigures {

    /** One cell: fines of this status against this party, how many and how much (fen). */
    public record FineTotal(FineStatus status, LiableParty party, long count, long amountFen) {
    }

    private final JdbcClient jdbc;

    FineFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fines proposed in the period under the branch at {@code scopePath}, per status and party. */
    @Transactional(readOnly = true)
    public List<FineTotal> proposedIn(ReportPeriod period, String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "f.scope_path");
        return jdbc.sql("""
                select f.status, f.party, count(*) as n, coalesce(sum(f.amount_fen), 0) as amount
                from fine f
                where f.proposed_at >= :start and f.proposed_at < :end and %s
                group by 1, 2 order by 1, 2""".formatted(visible.sql()))
                .params(visible.params()).params(period.params())
                .query((rs, n) -> new FineTotal(FineStatus.valueOf(rs.getString("status")),
                        LiableParty.valueOf(rs.getString("party")), rs.getLong("n"), rs.getLong("amount")))
                .list();
    }

}
