package com.estatecare.revisits.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.retention.RequestCopies;
import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionSwept;

/**
 * A revisit's answers keep what the owner said in their own words (the text answers: a revisit questionnaire's
 * only answers held as text): when the retention sweep anonymises requests, the text answers of their revisits
 * become {@link RetentionPolicy#ANONYMISED} in the same transaction, with one audit entry each; the ratings and
 * yes/no answers stay for the figures. A held request is never swept, so its revisits stay too.
 */
@Component
class RevisitRetention {

    private final JdbcClient jdbc;
    private final RequestCopies copies;

    RevisitRetention(JdbcClient jdbc, RequestCopies copies) {
        this.jdbc = jdbc;
        this.copies = copies;
    }

    @EventListener
    void on(RetentionSwept swept) {
        copies.anonymiseWith(swept, "REVISIT", this::anonymise);
    }

    private List<Long> anonymise(RetentionSwept swept) {
        return jdbc.sql("""
                update revisit_task t
                set answers = (select jsonb_object_agg(a.key, case when jsonb_typeof(a.value) = 'string'
                                                                  then to_jsonb(cast(:marker as text)) else a.value end)
                               from jsonb_each(t.answers) a)
                where t.request_id in (:requests) and t.company_id = :company and t.answers is not null
                  and exists (select 1 from jsonb_each(t.answers) a
                              where jsonb_typeof(a.value) = 'string' and a.value <> to_jsonb(cast(:marker as text)))
                returning t.id""")
                .param("marker", RetentionPolicy.ANONYMISED).param("requests", swept.recordIds())
                .param("company", swept.companyId()).query(Long.class).list();
    }
}
