package com.estatecare.organisation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.AccountChanged;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The browser sessions a sign-in opened, one row each in {@code account_session}: when, from where, with which
 * browser, last seen (written at most once a minute), and when it ended — signed out, expired after
 * {@code server.servlet.session.timeout} of inactivity, or revoked by the person or their administrator. A revoked
 * session is refused at its next recheck ({@link SessionRecheckFilter}: at once on this instance, within
 * {@code estatecare.security.token-recheck} on others). The row's id lives in the session, never in a cookie.
 */
@Component
class SessionTracker implements HttpSessionListener {

    static final String ROW = SessionTracker.class.getName() + ".row";
    private static final String WRITTEN_AT = SessionTracker.class.getName() + ".writtenAt";
    private static final long WRITE_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    record OpenSession(long id, Instant createdAt, Instant lastSeenAt, String address, String userAgent,
            String method, boolean current) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration idleTimeout;
    private final PrincipalLoader principals;
    private final ApplicationEventPublisher events;

    SessionTracker(JdbcClient jdbc, Clock clock, PrincipalLoader principals, ApplicationEventPublisher events,
            @Value("${server.servlet.session.timeout:PT30M}") Duration idleTimeout) {
        this.principals = principals;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** A sign-in completed in {@code request}'s (new) session. */
    void opened(long accountId, String method, HttpServletRequest request) {
        HttpSession session = request.getSession();
        Timestamp now = Timestamp.from(clock.instant());
        String agent = request.getHeader("User-Agent");
        String address = request.getRemoteAddr();
        long id = jdbc.sql("""
                insert into account_session (account_id, created_at, last_seen_at, address, user_agent, method)
                values (:a, :now, :now, :address, :agent, :method) returning id""")
                .param("a", accountId).param("now", now)
                .param("address", address == null ? null : cut(address, 64))
                .param("agent", agent == null ? null : cut(agent.replaceAll("\\p{Cntrl}", "?"), 300))
                .param("method", method).query(Long.class).single();
        session.setAttribute(ROW, id);
        session.setAttribute(WRITTEN_AT, System.nanoTime());
    }

    /**
     * Whether the session is still open (not revoked); refreshes its last-seen time at most once a minute. A
     * session opened before sessions were tracked has no row and stays open.
     */
    boolean stillOpen(HttpSession session, long now) {
        if (!(session.getAttribute(ROW) instanceof Long id)) {
            return true;
        }
        if (session.getAttribute(WRITTEN_AT) instanceof Long at && now - at < WRITE_EVERY_NANOS) {
            return jdbc.sql("select count(*) from account_session where id = :id and ended_at is null")
                    .param("id", id).query(Long.class).single() > 0;
        }
        session.setAttribute(WRITTEN_AT, now);
        return jdbc.sql("update account_session set last_seen_at = :now where id = :id and ended_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update() == 1;
    }

    /** The account's sessions not ended and not idle beyond the timeout, newest first. */
    List<OpenSession> open(long accountId, Long currentRow) {
        return jdbc.sql("""
                select id, created_at, last_seen_at, address, user_agent, method from account_session
                where account_id = :a and ended_at is null and last_seen_at > :idleSince
                order by id desc limit 100""")
                .param("a", accountId).param("idleSince", Timestamp.from(clock.instant().minus(idleTimeout)))
                .query((rs, row) -> new OpenSession(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_seen_at").toInstant(), rs.getString("address"),
                        rs.getString("user_agent"), rs.getString("method"),
                        currentRow != null && currentRow == rs.getLong("id")))
                .list();
    }

    /**
     * Ends one of the account's open sessions, at once on this instance, and tells the audit log; false if the
     * account has no such open session.
     */
    @Transactional
    boolean revoke(long accountId, String username, long orgNodeId, long sessionId) {
        boolean ended = jdbc.sql("""
                update account_session set ended_at = :now, end_reason = 'REVOKED'
                where id = :id and account_id = :a and ended_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("id", sessionId).param("a", accountId)
                .update() == 1;
        if (ended) {
            principals.accountChanged(accountId);
            events.publishEvent(new AccountChanged(accountId, username, orgNodeId, "SESSION_REVOKED",
                    Map.of("session", Long.toString(sessionId)), Map.of(), clock.instant()));
        }
        return ended;
    }

    static Long row(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ROW) instanceof Long id ? id : null;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(ROW) instanceof Long id) {
            jdbc.sql("""
                    update account_session set ended_at = :now, end_reason = 'ENDED'
                    where id = :id and ended_at is null""")
                    .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
