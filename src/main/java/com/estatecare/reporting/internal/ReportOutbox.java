package com.estatecare.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place where a generated report waits for e-mail ({@code report_outbox}, decision 019): one row per
 * company, report (MONTHLY, QUARTERLY, DEFECTS) and period, with its recipient, subject and both files, until the
 * e-mail channel sends it. The unique key (company, report, period) and {@code on conflict do nothing} queue it
 * once, however many instances try at the same moment.
 */
@Component
class ReportOutbox {

    /** A report ready to queue: for whom, which, of what period, and its files. */
    record Queued(long companyId, long orgNodeId, String report, String period, String recipient, String subject,
            byte[] pdf, byte[] xlsx) {
    }

    private final JdbcClient jdbc;

    ReportOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean has(long companyId, String report, String period) {
        return jdbc.sql("""
                select count(*) from report_outbox
                where company_id = :company and report = :report and period = :period""")
                .param("company", companyId).param("report", report).param("period", period)
                .query(Long.class).single() > 0;
    }

    /** Inserts the report; false when it was queued already (by another instance, say). */
    boolean queue(Queued queued, Instant now) {
        return jdbc.sql("""
                insert into report_outbox (company_id, org_node_id, report, period, recipient, subject, pdf, xlsx,
                                           queued_at)
                values (:company, :node, :report, :period, :recipient, :subject, :pdf, :xlsx, :at)
                on conflict (company_id, report, period) do nothing""")
                .param("company", queued.companyId()).param("node", queued.orgNodeId())
                .param("report", queued.report()).param("period", queued.period())
                .param("recipient", queued.recipient()).param("subject", queued.subject())
                .param("pdf", queued.pdf()).param("xlsx", queued.xlsx()).param("at", Timestamp.from(now))
                .update() == 1;
    }
}
