package com.estatecare.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.estatecare.platform.PhoneNumber;

/**
 * The development channel: messages (sign-in codes, and the outbox's messages to owners on channels without a
 * server or gateway) are not sent anywhere but kept in memory
 * (the newest {@value #KEPT}), for staff to read at {@code /api/v1/dev/outbox}
 * in the demo profile. Switched on by {@code estatecare.notifications.dev-sink.enabled};
 * the application refuses to start with it in the {@code prod} profile, where
 * codes must reach the owner's phone and nobody else.
 */
@Component
@ConditionalOnProperty(name = "estatecare.notifications.dev-sink.enabled", havingValue = "true")
class DevelopmentSink {

    static final int KEPT = 200;

    /**
     * One message as the sink keeps it: its channel ({@code SMS} for sign-in codes), the full address (the
     * controller masks it), the subject if any and the text.
     */
    record Kept(long id, String channel, String to, String subject, String text, Instant sentAt) {
    }

    private final Clock clock;
    private final Deque<Kept> kept = new ArrayDeque<>();
    /** The owners' notices, apart: a burst of them never pushes a sign-in code out. */
    private final Deque<Kept> notices = new ArrayDeque<>();
    private long lastId;

    DevelopmentSink(Clock clock, Environment environment) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("estatecare.notifications.dev-sink.enabled is true in the prod profile: "
                    + "the development sink shows sign-in codes to staff; configure a real channel instead");
        }
        this.clock = clock;
    }

    /**
     * The outbox's messages on a channel that has no server or gateway configured: sign-in codes among the direct
     * texts, everything else (owners' and staff's notices, the monthly report) apart.
     */
    void send(OutboundChannel.Outgoing message) {
        if (message.kind() == MessageKind.SIGN_IN_CODE) {
            keep("SMS", message.recipient(), null, message.body());
        } else {
            keep(message.channel().name(), message.recipient(), message.subject() == null ? "" : message.subject(),
                    message.body());
        }
    }

    private synchronized void keep(String channel, String to, String subject, String text) {
        Deque<Kept> into = subject == null ? kept : notices;
        into.addFirst(new Kept(++lastId, channel, to, subject, text, clock.instant()));
        while (into.size() > KEPT) {
            into.removeLast();
        }
    }

    /**
     * The newest messages first: all, or the text messages to one phone (its digits) sent directly, such as
     * sign-in codes (an owner's notices from the outbox are left out, so that a code is always the newest).
     */
    synchronized List<Kept> recent(String phone, int limit) {
        if (phone != null) {
            return kept.stream().filter(k -> k.to().equals(phone)).limit(limit).toList();
        }
        return java.util.stream.Stream.concat(kept.stream(), notices.stream())
                .sorted(java.util.Comparator.comparingLong(Kept::id).reversed()).limit(limit).toList();
    }

    /** The masked address of a kept message. */
    static String masked(Kept kept) {
        return switch (kept.channel()) {
            case "SMS" -> PhoneNumber.mask(kept.to());
            default -> ChannelChoice.masked(ContactChannel.valueOf(kept.channel()), kept.to());
        };
    }
}
