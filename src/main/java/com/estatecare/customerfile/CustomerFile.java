package com.estatecare.customerfile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.Registry;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The customer file 客户服务档案: an append-only timeline per customer. Each
 * entry carries the key of the event it came from, so that a re-delivered
 * event adds nothing, and whether it is internal: the customer reads their own
 * file without the steps staff took among themselves (notes, dispatch,
 * investigation, complaint facts).
 */
@Service
public class CustomerFile {

    private final JdbcClient jdbc;
    private final Registry registry;
    private final ObjectMapper json;
    private final MessageSource messages;

    CustomerFile(JdbcClient jdbc, Registry registry, ObjectMapper json, MessageSource messages) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.json = json;
        this.messages = messages;
    }

    /**
     * Appends an entry unless one with the same event key is already in the
     * file. The summary is kept as terms — message keys such as
     * {@code action.CLASSIFY} or literal facts such as a request number — and
     * put into words in the reader's language when the file is read.
     */
    @Transactional
    public void append(long companyId, long customerId, Instant at, String kind, String reference, List<String> terms,
            String eventKey, boolean internal) {
        String summary = json.writeValueAsString(terms);
        jdbc.sql("""
                insert into customer_file_entry (company_id, customer_id, at, kind, reference, summary, event_key,
                                                 internal)
                values (:company, :customer, :at, :kind, :reference, :summary, :key, :internal)
                on conflict (customer_id, event_key, company_id) do nothing""")
                .param("company", companyId).param("customer", customerId).param("at", Timestamp.from(at))
                .param("kind", kind).param("reference", reference).param("summary", summary).param("key", eventKey)
                .param("internal", internal).update();
    }

    /**
     * The file of a customer the caller may see, newest first — for the
     * customer themselves without the internal steps; 404 otherwise.
     */
    @Transactional(readOnly = true)
    public CursorPage<CustomerFileEntry> of(long customerId, String cursor, int limit, CurrentUser user) {
        registry.customerVisibleTo(customerId, user).orElseThrow(() -> DomainException.notFound("customer"));
        long after = CursorPage.decode(cursor);
        List<CustomerFileEntry> rows = jdbc.sql("""
                select e.id, e.at, e.kind, e.reference, e.summary from customer_file_entry e
                where e.customer_id = :customer and (:staff or not e.internal) and (:after = :first or exists (
                    select 1 from customer_file_entry c where c.id = :after
                    and (e.at < c.at or (e.at = c.at and e.id < c.id))))
                order by e.at desc, e.id desc limit :rows""")
                .param("customer", customerId).param("staff", !user.isOwner())
                .param("after", after).param("first", Long.MAX_VALUE)
                .param("rows", limit + 1)
                .query((rs, n) -> new CustomerFileEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("kind"), rs.getString("reference"), words(rs.getString("kind"), rs.getString("summary"))))
                .list();
        return CursorPage.of(rows, limit, CustomerFileEntry::id);
    }

    /** {@code customerfile.<KIND>} with each term translated where it is a message key. */
    private String words(String kind, String summary) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] terms = json.readValue(summary, new TypeReference<List<String>>() { }).stream()
                .map(term -> messages.getMessage(term, null, term, locale)).toArray();
        return messages.getMessage("customerfile." + kind, terms, String.join(" ", java.util.Arrays.stream(terms)
                .map(String::valueOf).toList()), locale);
    }
}
