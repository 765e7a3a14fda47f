package com.estatecare.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.organisation.OrgNodeView;
import com.estatecare.reporting.ReportQueued;

/**
 * The one place where a generated report waits for e-mail ({@code report_outbox}, decision 019): one row per
 * company, report (MONTHLY, QUARTERLY, DEFECTS) and period, with its recipient, subject and both files, until the
 * e-mail channel sends it. The unique key (company, report, period) and {@code on conflict do nothing} queue it
 * once, however many instances try at the same moment. Each queued report is announced by {@link ReportQueued} and
 * mailed with both files by the outbox of {@code notifications} (decision 042).
 */
@Component
class ReportOutbox {

    /** A report ready to queue: for which company (its top node), which, of what period, and its files. */
    record Queued(OrgNodeView company, String report, String period, String recipient, String subject, byte[] pdf,
            byte[] xlsx) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ReportOutbox(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    boolean has(long companyId, String report, String period) {
        return jdbc.sql("""
                select count(*) from report_outbox
                where company_id = :company and report = :report and period = :period""")
                .param("company", companyId).param("report", report).param("period", period)
                .query(Long.class).single() > 0;
    }

    /**
     * Inserts the report; false when it was queued already (by another instance, say). It is announced in the same
     * transaction ({@link ReportQueued}), for the outbox that mails it with its files.
     */
    boolean queue(Queued queued, Instant now) {
        OrgNodeView company = queued.company();
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            Optional<Long> id = jdbc.sql("""
                    insert into report_outbox (company_id, org_node_id, report, period, recipient, subject, pdf, xlsx,
                                               queued_at)
                    values (:company, :node, :report, :period, :recipient, :subject, :pdf, :xlsx, :at)
                    on conflict (company_id, report, period) do nothing returning id""")
                    .param("company", company.companyId()).param("node", company.id())
                    .param("report", queued.report()).param("period", queued.period())
                    .param("recipient", queued.recipient()).param("subject", queued.subject())
                    .param("pdf", queued.pdf()).param("xlsx", queued.xlsx()).param("at", Timestamp.from(now))
                    .query(Long.class).optional();
            if (id.isPresent()) {
                events.publishEvent(new ReportQueued(id.get(), ReportQueued.Report.valueOf(queued.report()),
                        company.companyId(), company.path(), company.name(), queued.period(), queued.recipient()));
            }
            return id.isPresent();
        }));
    }
}
