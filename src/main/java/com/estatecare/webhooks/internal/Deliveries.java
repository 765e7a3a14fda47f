package com.estatecare.webhooks.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.platform.CursorPage;
import com.estatecare.webhooks.WebhookEventType;

/**
 * The delivery rows: queued once per subscription and event, claimed by one instance at a time
 * ({@code FOR UPDATE SKIP LOCKED}, then leased for {@link #LEASE} so that a crashed sender's claim runs out),
 * and their outcome kept as the delivery log.
 */
@Component
class Deliveries {

    /** How long a claimed delivery is left to its sender before another instance may take it again. */
    static final Duration LEASE = Duration.ofMinutes(2);

    enum DeliveryStatus {
        PENDING, DELIVERED, FAILED
    }

    /** A claimed delivery to send now. */
    record ClaimedDelivery(long id, long subscriptionId, String eventType, String eventId, String payload, int attempts) {
    }

    /** One line of the delivery log. */
    record WebhookDeliveryLine(long id, String eventType, String eventId, DeliveryStatus status, int attempts, Instant nextAttemptAt,
            Instant lastAttemptAt, Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the event for each subscription; an event queued before (a retried publication) is not queued again. */
    int queue(long companyId, List<Long> subscriptions, WebhookEventType type, String eventId, String payload) {
        Instant now = clock.instant();
        int queued = 0;
        for (long subscription : subscriptions) {
            queued += jdbc.sql("""
                    insert into webhook_delivery (company_id, subscription_id, event_type, event_id, payload, status,
                        next_attempt_at, created_at)
                    values (:company, :subscription, :type, :event, :payload, 'PENDING', :now, :now)
                    on conflict (company_id, subscription_id, event_id) do nothing""")
                    .param("company", companyId).param("subscription", subscription).param("type", type.name())
                    .param("event", eventId).param("payload", payload).param("now", Timestamp.from(now)).update();
        }
        return queued;
    }

    /** Takes up to {@code limit} due deliveries for this instance and leases them. */
    @Transactional
    List<ClaimedDelivery> claim(int limit) {
        Instant now = clock.instant();
        List<ClaimedDelivery> due = jdbc.sql("""
                select id, subscription_id, event_type, event_id, payload, attempts from webhook_delivery
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at limit :limit for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new ClaimedDelivery(rs.getLong("id"), rs.getLong("subscription_id"),
                        rs.getString("event_type"), rs.getString("event_id"), rs.getString("payload"),
                        rs.getInt("attempts")))
                .list();
        if (!due.isEmpty()) {
            jdbc.sql("update webhook_delivery set next_attempt_at = :until where id in (:ids)")
                    .param("until", Timestamp.from(now.plus(LEASE))).param("ids", due.stream().map(ClaimedDelivery::id).toList())
                    .update();
        }
        return due;
    }

    void delivered(long id, int status) {
        Instant now = clock.instant();
        jdbc.sql("""
                update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = :now,
                    last_status = :status, last_error = null, delivered_at = :now
                where id = :id""").param("now", Timestamp.from(now)).param("status", status).param("id", id).update();
    }

    /** A failed attempt: tried again after {@code retryAfter}, or given up when that is {@code null}. */
    void failed(long id, Integer status, String error, Duration retryAfter) {
        Instant now = clock.instant();
        jdbc.sql("""
                update webhook_delivery set status = :state, attempts = attempts + 1, last_attempt_at = :now,
                    last_status = :status, last_error = :error, next_attempt_at = :next
                where id = :id""")
                .param("state", retryAfter == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name())
                .param("now", Timestamp.from(now)).param("status", status)
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .param("next", Timestamp.from(retryAfter == null ? now : now.plus(retryAfter))).param("id", id)
                .update();
    }

    /** Sends a given-up delivery again from the first attempt's pause on. */
    boolean retry(long subscriptionId, long id) {
        return jdbc.sql("""
                update webhook_delivery set status = 'PENDING', next_attempt_at = :now
                where id = :id and subscription_id = :subscription and status = 'FAILED'""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("subscription", subscriptionId)
                .update() == 1;
    }

    CursorPage<WebhookDeliveryLine> log(long subscriptionId, String cursor, int limit) {
        List<WebhookDeliveryLine> rows = jdbc.sql("""
                select id, event_type, event_id, status, attempts, next_attempt_at, last_attempt_at, last_status,
                    last_error, created_at, delivered_at
                from webhook_delivery where subscription_id = :subscription and id < :after
                order by id desc limit :limit""")
                .param("subscription", subscriptionId).param("after", CursorPage.decode(cursor))
                .param("limit", limit + 1)
                .query((rs, n) -> new WebhookDeliveryLine(rs.getLong("id"), rs.getString("event_type"), rs.getString("event_id"),
                        DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                        instant(rs, "last_attempt_at"), (Integer) rs.getObject("last_status"),
                        rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "delivered_at")))
                .list();
        return CursorPage.of(rows, limit, WebhookDeliveryLine::id);
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
