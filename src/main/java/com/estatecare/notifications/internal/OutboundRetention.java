package com.estatecare.notifications.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.retention.RequestCopies;
import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionSwept;

/**
 * The messages sent to an owner about a request keep a copy of its words and the owner's address: when the
 * retention sweep anonymises requests, their messages that are no longer waiting to be sent are anonymised in the
 * same transaction (subject and body become {@link RetentionPolicy#ANONYMISED}, the address its masked form, the
 * last error goes), with one audit entry each. A held request is never swept, so its messages stay too.
 */
@Component
class OutboundRetention {

    private final JdbcClient jdbc;
    private final RequestCopies copies;

    OutboundRetention(JdbcClient jdbc, RequestCopies copies) {
        this.jdbc = jdbc;
        this.copies = copies;
    }

    @EventListener
    void on(RetentionSwept swept) {
        copies.anonymiseWith(swept, "OUTBOUND_MESSAGE", this::anonymise);
    }

    private List<Long> anonymise(RetentionSwept swept) {
        return jdbc.sql("""
                update outbound_message
                set subject = case when subject is null then null else :marker end,
                    body = :marker, recipient = recipient_masked, last_error = null
                where request_id in (:requests) and company_id = :company and state <> 'PENDING'
                  and body is distinct from :marker
                returning id""")
                .param("marker", RetentionPolicy.ANONYMISED).param("requests", swept.recordIds())
                .param("company", swept.companyId()).query(Long.class).list();
    }
}
