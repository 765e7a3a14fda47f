package com.estatecare.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.inbound.WechatReplyWindows;
import com.estatecare.notifications.WechatReplyNotDelivered;
import com.estatecare.platform.RetryPolicy;

/**
 * Sends the outbox's due messages, one per transaction: the row is claimed with {@code for update skip locked}
 * (instances running together each take other rows), sent, and marked SENT, or given its next attempt by the
 * {@link RetryPolicy}, or FAILED when the attempts are used up. The row was committed before it is sent, so a
 * crash loses nothing: the claim's transaction rolls back and the message is sent at the next run (twice only if
 * the crash falls between the channel's answer and the commit; the channel then sees the same reference).
 * An owner who opted out of the channel after the message was queued is not sent it (SKIPPED). A staff member's
 * WeChat reply whose customer-service window closed while it waited (the policy in force, the owner's last message
 * now) is not sent either: it is FAILED with the reason {@code wechat-reply-window}, never retried by the sender, and
 * the request's timeline says so ({@link WechatReplyNotDelivered}, decision 053).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private record Claimed(OutboundChannel.Outgoing message, long companyId, Long customerId, Long requestId,
            int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Channels channels;
    private final ContactPreferences preferences;
    private final BouncingAddresses bouncing;
    private final OutboundProperties properties;
    private final WechatReplyWindows replyWindows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxSender(JdbcClient jdbc, TransactionTemplate transactions, Channels channels,
            ContactPreferences preferences, BouncingAddresses bouncing, OutboundProperties properties,
            WechatReplyWindows replyWindows, ApplicationEventPublisher events, Clock clock) {
        this.replyWindows = replyWindows;
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.channels = channels;
        this.preferences = preferences;
        this.bouncing = bouncing;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${estatecare.notifications.outbox.interval:PT5S}",
            initialDelayString = "${estatecare.notifications.outbox.interval:PT5S}")
    void run() {
        drain();
    }

    /** Sends what is due now, at most one batch; returns how many messages were handled. */
    int drain() {
        int handled = 0;
        while (handled < properties.outbox().batch()
                && Boolean.TRUE.equals(transactions.execute(s -> sendOne(null)))) {
            handled++;
        }
        return handled;
    }

    /**
     * Sends one message at once, when it is still due and no other instance holds it (a sign-in code should not
     * wait for the next look); a failure leaves it to the retries like any other.
     */
    void sendNow(long id) {
        transactions.execute(s -> sendOne(id));
    }

    private boolean sendOne(Long only) {
        Instant now = clock.instant();
        Optional<Claimed> claimed = jdbc.sql("""
                select id, company_id, channel, kind, recipient, subject, body, number, customer_id, request_id,
                    attempts
                from outbound_message where state = 'PENDING' and next_attempt_at <= :now
                    and (cast(:only as bigint) is null or id = :only)
                order by next_attempt_at, id limit 1 for update skip locked""")
                .param("now", Timestamp.from(now)).param("only", only)
                .query((rs, i) -> new Claimed(new OutboundChannel.Outgoing(rs.getLong("id"),
                        ContactChannel.valueOf(rs.getString("channel")), MessageKind.valueOf(rs.getString("kind")),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("number")),
                        rs.getLong("company_id"), rs.getObject("customer_id", Long.class),
                        rs.getObject("request_id", Long.class), rs.getInt("attempts")))
                .optional();
        if (claimed.isEmpty()) {
            return false;
        }
        OutboundChannel.Outgoing message = withFiles(claimed.get().message());
        Long customer = claimed.get().customerId();
        if (customer != null && !ChannelChoice.allowed(message.channel(), preferences.of(customer).enabled())) {
            finish(message.id(), "SKIPPED", claimed.get().attempts(), null, "opted-out", now);
            return true;
        }
        Optional<String> bounced = message.channel() == ContactChannel.EMAIL
                ? bouncing.why(claimed.get().companyId(), message.recipient()) : Optional.empty();
        if (bounced.isPresent()) {
            finish(message.id(), "SKIPPED", claimed.get().attempts(), null, bounced.get(), now);
            return true;
        }
        if (message.kind() == MessageKind.WECHAT_REPLY
                && !replyWindows.openNow(claimed.get().companyId(), message.recipient())) {
            finish(message.id(), "FAILED", claimed.get().attempts(), null, WechatReplyNotDelivered.REASON, now);
            if (claimed.get().requestId() != null) {
                events.publishEvent(new WechatReplyNotDelivered(claimed.get().requestId(), message.id(),
                        WechatReplyNotDelivered.REASON, now));
            }
            return true;
        }
        int attempts = claimed.get().attempts() + 1;
        try {
            channels.of(message.channel()).orElseThrow(() -> new IllegalStateException(
                    "no " + message.channel() + " channel is configured")).send(message);
            finish(message.id(), "SENT", attempts, null, null, now);
        } catch (RuntimeException e) {
            String reason = ErrorText.of(e);
            RetryPolicy policy = properties.outbox().policy();
            boolean failed = policy.exhausted(attempts);
            log.warn("{}: attempt {} failed ({}){}", message, attempts, reason, failed ? ", given up" : "");
            finish(message.id(), failed ? "FAILED" : "PENDING", attempts, policy.nextAttempt(attempts, now), reason,
                    now);
        }
        return true;
    }

    /** The message with its files (e-mail only: the other channels carry text). */
    private OutboundChannel.Outgoing withFiles(OutboundChannel.Outgoing m) {
        if (m.channel() != ContactChannel.EMAIL) {
            return m;
        }
        List<OutboundChannel.Attachment> files = jdbc.sql("""
                select filename, content_type, content from outbound_attachment where message_id = :id order by id""")
                .param("id", m.id()).query((rs, i) -> new OutboundChannel.Attachment(rs.getString("filename"),
                        rs.getString("content_type"), rs.getBytes("content"))).list();
        return files.isEmpty() ? m
                : new OutboundChannel.Outgoing(m.id(), m.channel(), m.kind(), m.recipient(), m.subject(), m.body(),
                        m.number(), files);
    }

    /** Marks the attempt; a sign-in code's digits leave the row once it is no longer waiting to be sent. */
    private void finish(long id, String state, int attempts, Instant next, String error, Instant now) {
        jdbc.sql("""
                update outbound_message set state = :state, attempts = :attempts,
                    next_attempt_at = :next, last_error = :error,
                    sent_at = case when :state = 'SENT' then :now else sent_at end, updated_at = :now,
                    body = case when kind = 'SIGN_IN_CODE' and :state <> 'PENDING'
                        then regexp_replace(body, '[0-9]{4,}', '******', 'g') else body end
                where id = :id""")
                .param("state", state).param("attempts", attempts)
                .param("next", Timestamp.from(next == null ? now : next)).param("error", error)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }
}
