package com.estatecare.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit log's one table: entries are appended (a trigger refuses update and delete) and searched within the
 * reader's branch of the organisation tree. An entry that belongs to no branch (a sign-in under an unknown name,
 * a group-wide policy) is seen only by readers at the group.
 */
@Component
class AuditLog {

    /** What an entry records, before it has an id and a time. */
    record Entry(AuditAction action, String outcome, Actor actor, long companyId, String scopePath,
            String recordType, Long recordId, String reason, Map<String, ?> detail) {
    }

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Appends in the caller's transaction: a change whose entry cannot be written does not commit. */
    @Transactional
    void append(Entry e) {
        Actor actor = e.actor();
        jdbc.sql("""
                insert into audit_entry (at, company_id, scope_path, actor_id, actor_username, actor_name, address,
                                         action, outcome, record_type, record_id, reason, detail)
                values (:at, :company, :scope, :actorId, :username, :name, :address,
                        :action, :outcome, :recordType, :recordId, :reason, cast(:detail as jsonb))""")
                .param("at", Timestamp.from(clock.instant())).param("company", e.companyId())
                .param("scope", e.scopePath()).param("actorId", actor.id())
                .param("username", cut(actor.username(), 80)).param("name", cut(actor.name(), 200))
                .param("address", cut(actor.address(), 64)).param("action", e.action().name())
                .param("outcome", e.outcome()).param("recordType", e.recordType()).param("recordId", e.recordId())
                .param("reason", cut(e.reason(), 60))
                .param("detail", json.writeValueAsString(e.detail() == null ? Map.of() : e.detail()))
                .update();
    }

    /** A reader's page of entries, newest first. */
    @Transactional(readOnly = true)
    CursorPage<AuditEntry> search(AuditQuery query, CurrentUser reader, String cursor, int limit) {
        List<AuditEntry> rows = select(query, reader, CursorPage.decode(cursor), limit + 1).list();
        return CursorPage.of(rows, limit, AuditEntry::id);
    }

    /** Every entry of a search, newest first, at most {@code max}, handed one by one to {@code sink}. */
    @Transactional(readOnly = true)
    void each(AuditQuery query, CurrentUser reader, int max, Consumer<AuditEntry> sink) {
        try (var entries = select(query, reader, Long.MAX_VALUE, max).stream()) {
            entries.forEach(sink);
        }
    }

    /** How many reveals this person was shown today (Asia/Shanghai) from {@code start}. */
    int revealsSince(long accountId, java.time.Instant start) {
        return jdbc.sql("""
                select count(*) from audit_entry
                where actor_id = :actor and action = 'REVEAL' and outcome = 'DONE' and at >= :start""")
                .param("actor", accountId).param("start", Timestamp.from(start)).query(Integer.class).single();
    }

    /** One reveal of a person at a time: their count of the day cannot be overtaken by a second window. */
    void lockRevealsOf(long accountId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('reveal'), cast(:actor as integer))")
                .param("actor", (int) accountId).query((rs, n) -> 1).list();
    }

    private JdbcClient.MappedQuerySpec<AuditEntry> select(AuditQuery q, CurrentUser reader, long after, int limit) {
        VisibleTo visible = VisibleTo.sql(reader, "e.scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(q.period().params());
        params.put("groupWide", reader.companyId() == null);
        params.put("action", q.action() == null ? "" : q.action().name());
        params.put("recordType", q.recordType() == null ? "" : q.recordType());
        params.put("recordId", q.recordId() == null ? -1L : q.recordId());
        params.put("person", q.person() == null ? "" : q.person());
        params.put("personPattern", q.person() == null ? "" : containing(q.person()));
        params.put("after", after);
        params.put("limit", limit);
        return jdbc.sql("""
                select e.id, e.at, e.actor_id, e.actor_username, e.actor_name, e.address, e.action, e.outcome,
                       e.record_type, e.record_id, e.reason, e.detail::text as detail
                from audit_entry e
                where e.at >= :start and e.at < :end and e.id < :after
                  and (%s or (e.scope_path is null and :groupWide))
                  and (:action = '' or e.action = :action)
                  and (:recordType = '' or e.record_type = :recordType)
                  and (:recordId = -1 or e.record_id = :recordId)
                  and (:person = '' or lower(e.actor_username) = lower(:person)
                       or e.actor_name like :personPattern escape '\\')
                order by e.id desc limit :limit""".formatted(visible.sql()))
                .params(params).query(row());
    }

    private RowMapper<AuditEntry> row() {
        return (rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_username"), rs.getString("actor_name"),
                rs.getString("address"), AuditAction.valueOf(rs.getString("action")), rs.getString("outcome"),
                rs.getString("record_type"), rs.getObject("record_id", Long.class), rs.getString("reason"),
                json.readValue(rs.getString("detail"), DETAIL));
    }

    /** A like pattern matching {@code text} anywhere, its own wildcards taken literally. */
    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
