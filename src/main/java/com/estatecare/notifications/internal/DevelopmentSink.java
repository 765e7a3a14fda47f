package com.estatecare.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.estatecare.notifications.Message;
import com.estatecare.notifications.NotificationChannel;

/**
 * The development channel: messages are not sent anywhere but kept in memory
 * (the newest {@value #KEPT}), for staff to read at {@code /api/v1/dev/outbox}
 * in the demo profile. Switched on by {@code estatecare.notifications.dev-sink.enabled};
 * the application refuses to start with it in the {@code prod} profile, where
 * codes must reach the owner's phone and nobody else.
 */
@Component
@ConditionalOnProperty(name = "estatecare.notifications.dev-sink.enabled", havingValue = "true")
class DevelopmentSink implements NotificationChannel {

    static final int KEPT = 200;

    /** One message as the sink keeps it. */
    record Kept(long id, Message message, Instant sentAt) {
    }

    private final Clock clock;
    private final Deque<Kept> kept = new ArrayDeque<>();
    private long lastId;

    DevelopmentSink(Clock clock, Environment environment) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("estatecare.notifications.dev-sink.enabled is true in the prod profile: "
                    + "the development sink shows sign-in codes to staff; configure a real channel instead");
        }
        this.clock = clock;
    }

    @Override
    public synchronized void send(Message message) {
        kept.addFirst(new Kept(++lastId, message, clock.instant()));
        while (kept.size() > KEPT) {
            kept.removeLast();
        }
    }

    /** The newest messages first, to one phone (its digits) or to all. */
    synchronized List<Kept> recent(String phone, int limit) {
        return kept.stream().filter(k -> phone == null || k.message().to().value().equals(phone)).limit(limit)
                .toList();
    }
}
