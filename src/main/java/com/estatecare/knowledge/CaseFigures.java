package com.estatecare.knowledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The case library's figure for the monthly and quarterly reports (docs/kpis.md "New service cases"): the cases
 * approved into the library (入库) in a period under a branch, whether proposed from a complaint or written by a
 * manager. One SQL count; a case counts in the period it was approved in, by the branch it was written in.
 */
@Component
public class CaseFigures {

    private final JdbcClient jdbc;

    CaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases approved in {@code period} under the branch at {@code scopePath}. */
    @Transactional(readOnly = true)
    public long approvedIn(ReportPeriod period, String scopePath) {
        VisibleTo branch = VisibleTo.branch(scopePath, "c.scope_path");
        return jdbc.sql("select count(*) from knowledge_case c where c.status = 'APPROVED' and c.reviewed_at >= :start"
                + " and c.reviewed_at < :end and " + branch.sql())
                .params(branch.params()).params(period.params()).query(Long.class).single();
    }
}
