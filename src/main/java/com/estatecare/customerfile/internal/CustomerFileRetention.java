package com.estatecare.customerfile.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.retention.RequestCopies;
import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionSwept;

/**
 * The customer file's entries point to requests by number, and name units and notices (decision 043): when the
 * retention sweep anonymises requests, the entries of those requests (their registration and every step) are
 * anonymised in the same transaction; when customers are anonymised (the sweep of prospects, an approved erasure),
 * every entry of their files is. An anonymised entry keeps its kind, its time and the terms that are message keys
 * (the kind of request, the action, the statuses: no personal data, see {@link #keeps}); every other term becomes
 * {@link RetentionPolicy#ANONYMISED} and the reference goes. One audit entry per entry, through
 * {@link RequestCopies}; a held request or customer is never anonymised, so their entries stay; a second sweep
 * changes nothing.
 */
@Component
class CustomerFileRetention {

    static final String RECORD_TYPE = "CUSTOMER_FILE_ENTRY";
    /** A term that is a message key ({@code kind.REPAIR}, {@code action.CLASSIFY}): translated, never personal. */
    static final String MESSAGE_KEY = "^[a-z]+\\.[A-Z][A-Z0-9_]*$";
    private static final Pattern KEY = Pattern.compile(MESSAGE_KEY);
    private static final String ANONYMISE = """
            update customer_file_entry e
            set summary = (select cast(coalesce(jsonb_agg(case when t.term ~ :key then to_jsonb(t.term)
                                                               else to_jsonb(cast(:marker as text)) end
                                                          order by t.n), '[]'::jsonb) as text)
                           from jsonb_array_elements_text(cast(e.summary as jsonb)) with ordinality as t(term, n)),
                reference = null, anonymised_at = :now
            """;

    private final JdbcClient jdbc;
    private final RequestCopies copies;
    private final Clock clock;

    CustomerFileRetention(JdbcClient jdbc, RequestCopies copies, Clock clock) {
        this.jdbc = jdbc;
        this.copies = copies;
        this.clock = clock;
    }

    /** Whether an anonymised entry keeps {@code term}: only a message key. */
    static boolean keeps(String term) {
        return term != null && KEY.matcher(term).matches();
    }

    @EventListener
    void on(RetentionSwept swept) {
        copies.anonymiseWith(swept, RECORD_TYPE, this::ofRequests);
        copies.anonymiseCustomerCopiesWith(swept, RECORD_TYPE, this::ofCustomers);
    }

    /** The entries of the requests' registration and steps, on the file of the request's customer. */
    private List<Long> ofRequests(RetentionSwept swept) {
        return jdbc.sql(ANONYMISE + """
                from request r
                where r.id in (:ids) and r.company_id = :company and e.company_id = r.company_id
                  and e.customer_id = r.customer_id and e.anonymised_at is null
                  and (e.event_key = ('request:' || r.id) or e.event_key like ('step:' || r.id || ':%'))
                returning e.id""")
                .param("key", MESSAGE_KEY).param("marker", RetentionPolicy.ANONYMISED)
                .param("now", Timestamp.from(clock.instant())).param("ids", swept.recordIds())
                .param("company", swept.companyId()).query(Long.class).list();
    }

    /** Every entry of the customers' files. */
    private List<Long> ofCustomers(RetentionSwept swept) {
        return jdbc.sql(ANONYMISE + """
                where e.customer_id in (:ids) and e.company_id = :company and e.anonymised_at is null
                returning e.id""")
                .param("key", MESSAGE_KEY).param("marker", RetentionPolicy.ANONYMISED)
                .param("now", Timestamp.from(clock.instant())).param("ids", swept.recordIds())
                .param("company", swept.companyId()).query(Long.class).list();
    }
}
