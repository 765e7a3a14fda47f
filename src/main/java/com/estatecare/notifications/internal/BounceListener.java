package com.estatecare.notifications.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.inbound.MailBounced;

/**
 * A bounce read by a mailbox (inbound's {@link MailBounced}) marks the address as bouncing for the company of the
 * message that bounced, and that message FAILED with the reason, for staff to see in the outbox. Only a bounce that
 * returns the Message-ID of one of the outbox's own mails to that very address counts: anybody can mail a forged
 * delivery report to a company's mailbox, and it must not stop the mail of an address it only names.
 */
@Component
class BounceListener {

    private static final Logger log = LoggerFactory.getLogger(BounceListener.class);
    private static final Pattern OWN = Pattern.compile("outbound-(\\d{1,18})@");

    private record Sent(long id, long companyId, String recipient) {
    }

    private final BouncingAddresses bouncing;
    private final JdbcClient jdbc;

    BounceListener(BouncingAddresses bouncing, JdbcClient jdbc) {
        this.bouncing = bouncing;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(MailBounced event) {
        Optional<Sent> original = original(event.originalMessageId());
        if (original.isEmpty()) {
            log.info("bounce {} names no message of the outbox: no address marked", event.mailKey());
            return;
        }
        Sent sent = original.get();
        event.recipients().stream()
                .filter(r -> r.address().equalsIgnoreCase(BouncingAddresses.normal(sent.recipient())))
                .findFirst().ifPresent(r -> {
                    bouncing.mark(sent.companyId(), r.address(), r.status(), r.diagnostic(), event.receivedAt());
                    String reason = BouncingAddresses.REASON + (r.status() == null ? "" : ": " + r.status());
                    jdbc.sql("""
                            update outbound_message set state = 'FAILED', last_error = :reason, updated_at = :at
                            where id = :id and state = 'SENT'""")
                            .param("reason", reason).param("at", java.sql.Timestamp.from(event.receivedAt()))
                            .param("id", sent.id()).update();
                });
    }

    /** The outbox's e-mail whose Message-ID the bounce returns ({@code <…outbound-42@…>}), if any. */
    private Optional<Sent> original(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher own = OWN.matcher(messageId);
        if (!own.find()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, company_id, recipient from outbound_message where id = :id and channel = 'EMAIL'""")
                .param("id", Long.parseLong(own.group(1)))
                .query((rs, i) -> new Sent(rs.getLong("id"), rs.getLong("company_id"), rs.getString("recipient")))
                .optional();
    }
}
