package com.estatecare.inbound.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.inbound.CustomerMessageReceived;
import com.estatecare.inbound.TriageChannel;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.MaskedText;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.Request;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The triage list as agents work it (待分拣), in their branch: read an item (sender and free text masked), make a
 * request of it for a customer they pick, attach it to a request, or discard it with a reason. An item is
 * resolved once: two agents at once find it locked, the second is told it is done.
 */
@Service
class TriageItems {

    @Schema(name = "TriageState")
    enum State {
        OPEN, REQUEST_MADE, ATTACHED, DISCARDED
    }

    /** An item as the list shows it: the sender masked, the text's personal data masked, a preview of the text. */
    @Schema(name = "TriageItem")
    record View(long id, TriageChannel channel, String sender, String senderName,
            @JsonSerialize(using = MaskedText.class) String subject,
            @JsonSerialize(using = MaskedText.class) String preview, String reason, Instant receivedAt, State state,
            Long requestId, String resolvedBy, Instant resolvedAt, String discardReason, List<File> attachments) {
    }

    /** An item whole (still masked): for its page. */
    @Schema(name = "TriageItemDetail")
    record Detail(View item, @JsonSerialize(using = MaskedText.class) String text) {
    }

    @Schema(name = "TriageAttachment")
    record File(long id, String filename, String contentType, long sizeBytes, boolean kept) {
    }

    @Schema(name = "TriageFileContent")
    record Content(String filename, String contentType, byte[] bytes) {
    }

    static final int PREVIEW = 300;

    private final JdbcClient jdbc;
    private final Requests requests;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TriageItems(JdbcClient jdbc, Requests requests, Registry registry, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CursorPage<View> list(State state, TriageChannel channel, String cursor, int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        StringBuilder sql = new StringBuilder("select * from triage_item where ").append(visible.sql())
                .append(" and id < :after");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("after", CursorPage.decode(cursor));
        if (state != null) {
            sql.append(" and state = :state");
            params.put("state", state.name());
        }
        if (channel != null) {
            sql.append(" and channel = :channel");
            params.put("channel", channel.name());
        }
        sql.append(" order by id desc limit :limit");
        params.put("limit", limit + 1);
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(TriageItems::row).list();
        Map<Long, List<File>> files = files(rows.stream().map(Row::id).toList());
        return CursorPage.of(rows, limit, Row::id).map(r -> r.view(files.getOrDefault(r.id(), List.of())));
    }

    @Transactional(readOnly = true)
    Detail get(long id, CurrentUser user) {
        Row row = find(id, user, false);
        return new Detail(row.view(files(List.of(id)).getOrDefault(id, List.of())), row.body());
    }

    @Transactional(readOnly = true)
    Content attachment(long id, long attachmentId, CurrentUser user) {
        find(id, user, false);
        return jdbc.sql("""
                select filename, content_type, content from triage_attachment
                where triage_id = :item and id = :id and content is not null""")
                .param("item", id).param("id", attachmentId)
                .query((rs, n) -> new Content(rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional().orElseThrow(() -> DomainException.notFound("attachment"));
    }

    /** A request of the item for the customer the agent picked, in the item's company, with its files. */
    @Transactional
    Detail makeRequest(long id, long customerId, RequestKind kind, Long unitId, Category category, CurrentUser user) {
        Row row = find(id, user, true);
        CustomerView customer = registry.customerVisibleTo(customerId, user)
                .filter(c -> c.companyId() == row.companyId())
                .orElseThrow(() -> DomainException.unknownReference("customerId"));
        Channel channel = row.channel() == TriageChannel.WECHAT ? Channel.WECHAT : Channel.EMAIL;
        // received when the message came, if intake still takes a time that far back; else now
        boolean backdated = row.receivedAt().isAfter(clock.instant().minus(java.time.Duration.ofDays(29)));
        Requests.Registered registered = requests.register(new NewRequest(kind, channel, unitId, customer.id(), null,
                category, null, false, description(row), null, null, null, backdated ? row.receivedAt() : null,
                null, null, null, null, null, null, null, null,
                backdated ? "triage: " + row.channel().name().toLowerCase(java.util.Locale.ROOT) : null), user);
        attachFiles(id, registered.id(), true, user);
        return resolve(id, State.REQUEST_MADE, registered.id(), null, user);
    }

    /** The item on a request's timeline (staff only: who sent it is not known), with its files. */
    @Transactional
    Detail attach(long id, long requestId, CurrentUser user) {
        Row row = find(id, user, true);
        Request request = requests.find(requestId, user);
        if (request.companyId() != row.companyId()) {
            throw DomainException.unknownReference("requestId");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("triageId", id);
        facts.put("sender", row.senderMasked());
        events.publishEvent(new CustomerMessageReceived(requestId, row.channel(), cut(row.body(), 4000),
                row.subject(), false, user.accountId(), user.displayName(), clock.instant(), facts));
        if (request.status().isOpen()) {
            attachFiles(id, requestId, false, user);
        }
        return resolve(id, State.ATTACHED, requestId, null, user);
    }

    @Transactional
    Detail discard(long id, String reason, CurrentUser user) {
        find(id, user, true);
        jdbc.sql("update triage_attachment set content = null where triage_id = :item").param("item", id).update();
        return resolve(id, State.DISCARDED, null, reason, user);
    }

    private void attachFiles(long id, long requestId, boolean share, CurrentUser user) {
        List<Content> files = jdbc.sql("""
                select filename, content_type, content from triage_attachment
                where triage_id = :item and content is not null order by id""")
                .param("item", id).query((rs, n) -> new Content(rs.getString("filename"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .list();
        for (Content f : files) {
            if (Requests.attachmentType(f.bytes()).isPresent()) {
                requests.attach(requestId, f.filename(), f.bytes(), share, user);
            }
        }
    }

    private Detail resolve(long id, State state, Long requestId, String reason, CurrentUser user) {
        jdbc.sql("""
                update triage_item set state = :state, request_id = :request, discard_reason = :reason,
                    resolved_by = :by, resolved_by_name = :name, resolved_at = :at
                where id = :id""")
                .param("state", state.name()).param("request", requestId).param("reason", reason)
                .param("by", user.accountId()).param("name", user.displayName())
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        return get(id, user);
    }

    /** An item of the caller's branch (else 404); to resolve it, locked and still open (else 409). */
    private Row find(long id, CurrentUser user, boolean toResolve) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        Row row = jdbc.sql("select * from triage_item where id = :id and " + visible.sql()
                + (toResolve ? " for update" : "")).param("id", id).params(visible.params())
                .query(TriageItems::row).optional().orElseThrow(() -> DomainException.notFound("triage-item"));
        if (toResolve && row.state() != State.OPEN) {
            throw DomainException.conflict("triage-resolved", row.state().name());
        }
        return row;
    }

    private Map<Long, List<File>> files(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<File>> files = new HashMap<>();
        jdbc.sql("""
                select id, triage_id, filename, content_type, size_bytes, content is not null as kept
                from triage_attachment where triage_id in (:ids) order by id""")
                .param("ids", ids).query((ResultSet rs) -> {
                    while (rs.next()) {
                        files.computeIfAbsent(rs.getLong("triage_id"), k -> new java.util.ArrayList<>())
                                .add(new File(rs.getLong("id"), rs.getString("filename"),
                                        rs.getString("content_type"), rs.getLong("size_bytes"),
                                        rs.getBoolean("kept")));
                    }
                    return files;
                });
        return files;
    }

    private static String description(Row row) {
        String subject = row.subject() == null ? "" : row.subject().strip();
        String body = row.body() == null ? "" : row.body().strip();
        String both = subject.isEmpty() ? body : body.isEmpty() ? subject : subject + "\n\n" + body;
        return both.isBlank() ? "（消息没有正文 / the message has no text）" : cut(both, 4000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private record Row(long id, long companyId, TriageChannel channel, String senderMasked, String senderName,
            String subject, String body, String reason, Instant receivedAt, State state, Long requestId,
            String resolvedBy, Instant resolvedAt, String discardReason) {

        View view(List<File> files) {
            return new View(id, channel, senderMasked, senderName, subject, cut(body, PREVIEW), reason, receivedAt,
                    state, requestId, resolvedBy, resolvedAt, discardReason, files);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Row(rs.getLong("id"), rs.getLong("company_id"), TriageChannel.valueOf(rs.getString("channel")),
                rs.getString("sender_masked"), rs.getString("sender_name"), rs.getString("subject"),
                rs.getString("body"), rs.getString("reason"), rs.getTimestamp("received_at").toInstant(),
                State.valueOf(rs.getString("state")), rs.getObject("request_id", Long.class),
                rs.getString("resolved_by_name"), resolved == null ? null : resolved.toInstant(),
                rs.getString("discard_reason"));
    }
}
