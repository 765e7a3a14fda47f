package com.estatecare.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.registry.CustomerAnonymisation;
import com.estatecare.retention.RetentionSwept;
import com.estatecare.retention.RetentionSwept.DataKind;

/**
 * One bounded batch of prospects who never bought (未成交客户) past their period, anonymised in one transaction with
 * their audit entry ({@link RetentionSwept}). A prospect is past it when they own no unit and never did, their
 * record was last changed before the cutoff, and no request of theirs was received since, is still open, or is
 * under legal hold, no sales consultant followed them up since, and they never subscribed to a unit (a deal of the
 * sales module is a contract the law requires to keep); a prospect under legal hold is left alone.
 */
@Component
class ProspectRetention {

    private final JdbcClient jdbc;
    private final CustomerAnonymisation anonymisation;
    private final ApplicationEventPublisher events;

    ProspectRetention(JdbcClient jdbc, CustomerAnonymisation anonymisation, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.anonymisation = anonymisation;
        this.events = events;
    }

    @Transactional
    public int forgetProspects(long companyId, int policyVersion, Instant cutoff, Instant now, int batch) {
        List<Long> due = jdbc.sql("""
                select c.id from customer c
                where c.company_id = :company and c.kind = 'PROSPECT' and c.anonymised_at is null
                  and c.legal_hold_at is null and c.updated_at < :cutoff
                  and not exists (select 1 from ownership o where o.customer_id = c.id)
                  and not exists (select 1 from request r where r.customer_id = c.id
                                  and (r.received_at >= :cutoff or r.closed_at is null or r.legal_hold_at is not null))
                  and not exists (select 1 from sales_follow_up f where f.customer_id = c.id
                                  and f.recorded_at >= :cutoff)
                  and not exists (select 1 from sales_deal d where d.customer_id = c.id)
                order by c.updated_at, c.id
                limit :batch
                for update of c skip locked""")
                .param("company", companyId).param("cutoff", Timestamp.from(cutoff)).param("batch", batch)
                .query(Long.class).list();
        List<Long> forgotten = anonymisation.anonymise(due, now);
        if (!forgotten.isEmpty()) {
            events.publishEvent(new RetentionSwept(DataKind.PROSPECT, companyId, policyVersion, cutoff, "CUSTOMER",
                    forgotten));
        }
        return due.size();
    }
}
