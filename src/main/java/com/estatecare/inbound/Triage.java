package com.estatecare.inbound;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triage list's way in (待分拣), for every channel that receives messages from people it cannot match: e-mail in
 * here, WeChat in as well. What agents do with an item (make a request, attach it to one, discard it) is the
 * workbench's {@code /api/v1/triage}.
 */
@Service
public class Triage {

    /** Longest text kept of a message; the original stays in its channel (the mailbox). */
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_SUBJECT = 500;

    private final JdbcClient jdbc;

    Triage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Puts the message on the list once and answers its item's id: held again (a redelivery, a second poll), the
     * same id. Text and subject are cut to their bounds.
     */
    @Transactional
    public long hold(TriageArrival a) {
        Optional<Long> added = jdbc.sql("""
                insert into triage_item (company_id, scope_path, channel, source_key, sender, sender_masked,
                    sender_name, subject, body, reason, received_at, state)
                values (:company, :scope, :channel, :key, :sender, :masked, :name, :subject, :body, :reason, :at,
                    'OPEN')
                on conflict (company_id, channel, source_key) do nothing returning id""")
                .param("company", a.companyId()).param("scope", a.scopePath()).param("channel", a.channel().name())
                .param("key", cut(a.sourceKey(), 200)).param("sender", cut(a.sender(), 320))
                .param("masked", cut(a.senderMasked(), 320)).param("name", cut(a.senderName(), 200))
                .param("subject", cut(a.subject(), MAX_SUBJECT)).param("body", cut(a.text(), MAX_TEXT))
                .param("reason", a.reason()).param("at", Timestamp.from(a.receivedAt())).query(Long.class)
                .optional();
        if (added.isEmpty()) {
            return jdbc.sql("""
                    select id from triage_item
                    where company_id = :company and channel = :channel and source_key = :key""")
                    .param("company", a.companyId()).param("channel", a.channel().name())
                    .param("key", cut(a.sourceKey(), 200)).query(Long.class).single();
        }
        for (TriageArrival.File f : a.files()) {
            jdbc.sql("""
                    insert into triage_attachment (company_id, triage_id, filename, content_type, size_bytes, content)
                    values (:company, :item, :name, :type, :size, :content)""")
                    .param("company", a.companyId()).param("item", added.get()).param("name", cut(f.filename(), 200))
                    .param("type", cut(f.contentType(), 100)).param("size", (long) f.content().length)
                    .param("content", f.content()).update();
        }
        return added.get();
    }

    /** An item as a late file needs it: its state and, once resolved, the request and who resolved it. */
    public record Held(long id, long companyId, String state, Long requestId, Long resolvedBy) {
    }

    @Transactional(readOnly = true)
    public Optional<Held> held(long id) {
        return jdbc.sql("select id, company_id, state, request_id, resolved_by from triage_item where id = :id")
                .param("id", id)
                .query((rs, n) -> new Held(rs.getLong("id"), rs.getLong("company_id"), rs.getString("state"),
                        rs.getObject("request_id", Long.class), rs.getObject("resolved_by", Long.class)))
                .optional();
    }

    /**
     * A file that arrived after its item (a WeChat picture fetched through the relay), added to the item while it
     * is open; false when the item is resolved already.
     */
    @Transactional
    public boolean addFile(long id, TriageArrival.File f) {
        return jdbc.sql("""
                insert into triage_attachment (company_id, triage_id, filename, content_type, size_bytes, content)
                select i.company_id, i.id, :name, :type, :size, :content from triage_item i
                where i.id = :item and i.state = 'OPEN'""")
                .param("item", id).param("name", cut(f.filename(), 200)).param("type", cut(f.contentType(), 100))
                .param("size", (long) f.content().length).param("content", f.content()).update() == 1;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
