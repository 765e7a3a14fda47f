package com.estatecare.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;

/** The inbox of every staff member. Texts are rendered in the reader's language when read. */
@Service
public class Inbox {

    /** An entry as its reader sees it. */
    public record Notification(long id, String kind, String title, Long requestId, String number, Instant createdAt,
            Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    Inbox(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Delivers one notice to each account once per event, however often the event arrives. */
    @Transactional
    public void deliver(Collection<Long> accounts, long companyId, String kind, Long requestId, String number,
            String subject, String eventKey) {
        for (Long account : accounts.stream().distinct().toList()) {
            jdbc.sql("""
                    insert into notification (company_id, account_id, kind, request_id, number, subject, event_key,
                                              created_at)
                    values (:company, :account, :kind, :request, :number, :subject, :key, :at)
                    on conflict (account_id, event_key, company_id) do nothing""")
                    .param("company", companyId).param("account", account).param("kind", kind)
                    .param("request", requestId).param("number", number).param("subject", subject)
                    .param("key", eventKey).param("at", Timestamp.from(clock.instant())).update();
        }
    }

    @Transactional(readOnly = true)
    public CursorPage<Notification> of(long accountId, boolean unreadOnly, String cursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        params.put("after", CursorPage.decode(cursor));
        List<Notification> rows = jdbc.sql("""
                select id, kind, request_id, number, subject, created_at, read_at from notification
                where account_id = :account and id < :after""" + (unreadOnly ? " and read_at is null" : "")
                + " order by id desc limit " + (limit + 1))
                .params(params)
                .query((rs, row) -> {
                    Long requestId = rs.getObject("request_id", Long.class);
                    Timestamp read = rs.getTimestamp("read_at");
                    return new Notification(rs.getLong("id"), rs.getString("kind"),
                            title(rs.getString("kind"), rs.getString("number"), rs.getString("subject")),
                            requestId, rs.getString("number"),
                            rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
                }).list();
        return CursorPage.of(rows, limit, Notification::id);
    }

    @Transactional(readOnly = true)
    public long unread(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", accountId).query(Long.class).single();
    }

    @Transactional
    public void markRead(long accountId, long id) {
        int updated = jdbc.sql("update notification set read_at = coalesce(read_at, :now) where id = :id and account_id = :account")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("account", accountId).update();
        if (updated == 0) {
            throw DomainException.notFound("notification");
        }
    }

    /** {@code notification.<KIND>} with the request number and the subject (a limit or a level, translated). */
    private String title(String kind, String number, String subject) {
        Locale locale = LocaleContextHolder.getLocale();
        String translatedSubject = subject == null ? ""
                : messages.getMessage("subject." + subject, null, subject, locale);
        return messages.getMessage("notification." + kind, new Object[] { number, translatedSubject }, kind, locale);
    }
}
