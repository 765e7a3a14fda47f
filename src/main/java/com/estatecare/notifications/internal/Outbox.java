package com.estatecare.notifications.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;

/**
 * The outbox of messages to owners: queued by the listeners of the events that cause them (one row per event and
 * channel, however often the event arrives), sent by {@link OutboxSender}, listed for staff within their branch.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** A message to queue: already rendered in the owner's language. */
    record Queued(long companyId, String scopePath, String eventKey, MessageKind kind, ContactChannel channel,
            Long customerId, Long accountId, Long requestId, String number, String recipient, String language,
            String subject, String body) {

        @Override
        public String toString() {
            return "Queued " + kind + " by " + channel + " to " + ChannelChoice.masked(channel, recipient);
        }
    }

    /** A message as the delivery log shows it: the recipient masked, never the text. */
    @Schema(name = "OutboundMessage")
    record Entry(long id, MessageKind kind, ContactChannel channel, String recipient, String number, Long requestId,
            State state, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
    }

    @Schema(name = "OutboundState")
    enum State {
        PENDING, SENT, FAILED, SKIPPED
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the message once: a second delivery of the same event finds its row and adds nothing. */
    @Transactional
    boolean queue(Queued m) {
        return queued(m).isPresent();
    }

    /** {@link #queue}, answering the new row's id (empty when the event's row was there already). */
    @Transactional
    Optional<Long> queued(Queued m) {
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Long> id = jdbc.sql("""
                insert into outbound_message (company_id, scope_path, event_key, kind, channel, customer_id, account_id,
                    request_id, number, recipient, recipient_masked, language, subject, body, state, attempts,
                    next_attempt_at, created_at, updated_at)
                values (:company, :scope, :key, :kind, :channel, :customer, :account, :request, :number, :recipient,
                    :masked, :language, :subject, :body, 'PENDING', 0, :now, :now, :now)
                on conflict (company_id, event_key, channel) do nothing returning id""")
                .param("company", m.companyId()).param("scope", m.scopePath()).param("key", m.eventKey())
                .param("kind", m.kind().name()).param("channel", m.channel().name()).param("customer", m.customerId())
                .param("account", m.accountId()).param("request", m.requestId()).param("number", m.number())
                .param("recipient", m.recipient()).param("masked", ChannelChoice.masked(m.channel(), m.recipient()))
                .param("language", m.language()).param("subject", m.subject()).param("body", m.body())
                .param("now", now).query(Long.class).optional();
        id.ifPresent(added -> log.debug("queued {}", m));
        return id;
    }

    /** Adds a file to a queued message (the caller bounds the sizes, {@link MailAttachments}). */
    @Transactional
    void attach(long messageId, OutboundChannel.Attachment file) {
        jdbc.sql("""
                insert into outbound_attachment (company_id, message_id, filename, content_type, content)
                select m.company_id, m.id, :filename, :type, :content
                from outbound_message m where m.id = :message""")
                .param("message", messageId).param("filename", file.filename()).param("type", file.contentType())
                .param("content", file.content()).update();
    }

    /** The messages of the caller's branch, newest first: of one state, channel or request number if asked. */
    @Transactional(readOnly = true)
    CursorPage<Entry> list(State state, ContactChannel channel, String number, String cursor, int limit,
            CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "m.scope_path");
        StringBuilder sql = new StringBuilder("""
                select m.id, m.kind, m.channel, m.recipient_masked, m.number, m.request_id, m.state, m.attempts,
                    m.last_error, m.created_at, m.next_attempt_at, m.sent_at
                from outbound_message m where\s""").append(visible.sql()).append(" and m.id < :after");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("after", CursorPage.decode(cursor));
        if (state != null) {
            sql.append(" and m.state = :state");
            params.put("state", state.name());
        }
        if (channel != null) {
            sql.append(" and m.channel = :channel");
            params.put("channel", channel.name());
        }
        if (number != null) {
            sql.append(" and m.number = :number");
            params.put("number", number);
        }
        sql.append(" order by m.id desc limit :limit");
        params.put("limit", limit + 1);
        List<Entry> rows = jdbc.sql(sql.toString()).params(params).query(Outbox::entry).list();
        return CursorPage.of(rows, limit, Entry::id);
    }

    /** A FAILED message of the caller's branch goes back to the queue with its attempts counted afresh. */
    @Transactional
    Entry retry(long id, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        String[] row = jdbc.sql("select state, kind from outbound_message where id = :id and " + visible.sql()
                + " for update").param("id", id).params(visible.params())
                .query((rs, i) -> new String[] { rs.getString("state"), rs.getString("kind") }).optional()
                .orElseThrow(() -> DomainException.notFound("outbound-message"));
        State state = State.valueOf(row[0]);
        if (state != State.FAILED) {
            throw DomainException.conflict("outbound-not-failed", state.name());
        }
        if (MessageKind.SIGN_IN_CODE.name().equals(row[1])) {
            throw DomainException.conflict("outbound-code-not-resent");
        }
        jdbc.sql("""
                update outbound_message set state = 'PENDING', attempts = 0, next_attempt_at = :now, updated_at = :now
                where id = :id""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        return jdbc.sql("""
                select id, kind, channel, recipient_masked, number, request_id, state, attempts, last_error, created_at,
                    next_attempt_at, sent_at
                from outbound_message where id = :id""").param("id", id).query(Outbox::entry).single();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Entry(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
                ContactChannel.valueOf(rs.getString("channel")), rs.getString("recipient_masked"),
                rs.getString("number"), rs.getObject("request_id", Long.class), State.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("next_attempt_at").toInstant(), sent == null ? null : sent.toInstant());
    }
}
