package com.estatecare.customerfile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.Registry;

/**
 * The customer file 客户服务档案: an append-only timeline per customer. Each
 * entry carries the key of the event it came from, so that a re-delivered
 * event adds nothing.
 */
@Service
public class CustomerFile {

    private final JdbcClient jdbc;
    private final Registry registry;

    CustomerFile(JdbcClient jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** Appends an entry unless one with the same event key is already in the file. */
    @Transactional
    public void append(long companyId, long customerId, Instant at, String kind, String reference, String summary,
            String eventKey) {
        jdbc.sql("""
                insert into customer_file_entry (company_id, customer_id, at, kind, reference, summary, event_key)
                values (:company, :customer, :at, :kind, :reference, :summary, :key) on conflict do nothing""")
                .param("company", companyId).param("customer", customerId).param("at", Timestamp.from(at))
                .param("kind", kind).param("reference", reference).param("summary", summary).param("key", eventKey)
                .update();
    }

    /** The file of a customer the caller may see, newest first; 404 otherwise. */
    @Transactional(readOnly = true)
    public CursorPage<CustomerFileEntry> of(long customerId, String cursor, int limit, CurrentUser user) {
        registry.customerVisibleTo(customerId, user).orElseThrow(() -> DomainException.notFound("customer"));
        long after = CursorPage.decode(cursor);
        List<CustomerFileEntry> rows = jdbc.sql("""
                select e.id, e.at, e.kind, e.reference, e.summary from customer_file_entry e
                where e.customer_id = :customer and (:after = :first or exists (
                    select 1 from customer_file_entry c where c.id = :after
                    and (e.at < c.at or (e.at = c.at and e.id < c.id))))
                order by e.at desc, e.id desc limit :rows""")
                .param("customer", customerId).param("after", after).param("first", Long.MAX_VALUE)
                .param("rows", limit + 1)
                .query((rs, n) -> new CustomerFileEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("kind"), rs.getString("reference"), rs.getString("summary")))
                .list();
        return CursorPage.of(rows, limit, CustomerFileEntry::id);
    }
}
