package com.estatecare.hotline.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.retention.RequestCopies;
import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionSwept;

/**
 * A 12345 case keeps a copy of the citizen's words and number: when the retention sweep anonymises the requests
 * the cases were registered as, their cases are anonymised in the same transaction (the citizen's name, number,
 * text, the reply and a rejection's reason become {@link RetentionPolicy#ANONYMISED}; numbers and dates stay for
 * the figures), with one audit entry each. A held request is never swept, so its case stays too.
 */
@Component
class HotlineRetention {

    private final JdbcClient jdbc;
    private final RequestCopies copies;

    HotlineRetention(JdbcClient jdbc, RequestCopies copies) {
        this.jdbc = jdbc;
        this.copies = copies;
    }

    @EventListener
    void on(RetentionSwept swept) {
        copies.anonymiseWith(swept, "HOTLINE_CASE", this::anonymise);
    }

    private List<Long> anonymise(RetentionSwept swept) {
        return jdbc.sql("""
                update hotline_case
                set citizen_name = :marker, citizen_phone = :marker, text = :marker,
                    reply_text = case when reply_text is null then null else :marker end,
                    rejected_reason = case when rejected_reason is null then null else :marker end,
                    version = version + 1
                where request_id in (:requests) and company_id = :company and text is distinct from :marker
                returning id""")
                .param("marker", RetentionPolicy.ANONYMISED).param("requests", swept.recordIds())
                .param("company", swept.companyId()).query(Long.class).list();
    }
}
