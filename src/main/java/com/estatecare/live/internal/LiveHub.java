package com.estatecare.live.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.estatecare.organisation.CurrentUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * The streams open on this instance: opens them within the limits per account
 * and in all, hands each change to the streams whose person may see it
 * ({@link Audience}), and writes to each client on the sender threads, one
 * drain per client at a time, so that a slow client delays nobody else.
 */
class LiveHub {

    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
    /** Frames one drain writes before it lets the other clients' drains go first. */
    private static final int FRAMES_PER_TURN = 32;
    private static final String RELOAD_DATA = "{\"reason\":\"missed-changes\"}";

    /** Why a stream was not opened. */
    enum Refusal {
        PER_USER, TOTAL
    }

    private final int maxPerUser;
    private final int maxTotal;
    private final int clientQueue;
    private final long heartbeatSeconds;
    private final Executor senders;
    private final JsonMapper json;
    private final Map<Long, Subscription> open = new ConcurrentHashMap<>();
    private final Map<Long, Integer> perUser = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong frames = new AtomicLong();

    LiveHub(LiveProperties properties, Executor senders, JsonMapper json) {
        this.maxPerUser = properties.maxPerUser();
        this.maxTotal = properties.maxTotal();
        this.clientQueue = properties.clientQueue();
        this.heartbeatSeconds = properties.heartbeat().toSeconds();
        this.senders = senders;
        this.json = json;
    }

    /**
     * Opens a stream for {@code user}, or says which limit refuses it. Its first
     * frame is {@code ready}; then {@code reload} when the client says it saw
     * events before ({@code missedSome}: a reconnect with {@code Last-Event-ID}).
     */
    synchronized Result open(CurrentUser user, Subscription.Sink sink, boolean missedSome) {
        if (perUser.getOrDefault(user.accountId(), 0) >= maxPerUser) {
            return new Result(null, Refusal.PER_USER);
        }
        if (open.size() >= maxTotal) {
            return new Result(null, Refusal.TOTAL);
        }
        Subscription subscription = new Subscription(ids.incrementAndGet(), user, sink, clientQueue);
        open.put(subscription.id(), subscription);
        perUser.merge(user.accountId(), 1, Integer::sum);
        offer(subscription, frame("ready", Map.of("heartbeatSeconds", heartbeatSeconds)));
        if (missedSome) {
            offer(subscription, reload());
        }
        return new Result(subscription, null);
    }

    /** A stream that was opened ({@code subscription}) or refused ({@code refusal}). */
    record Result(Subscription subscription, Refusal refusal) {
        Optional<Subscription> opened() {
            return Optional.ofNullable(subscription);
        }
    }

    /** Forgets a stream (the client left, it timed out or failed); closing twice is harmless. */
    void close(Subscription subscription) {
        if (!subscription.close()) {
            return;
        }
        synchronized (this) {
            open.remove(subscription.id());
            perUser.computeIfPresent(subscription.user().accountId(), (id, n) -> n > 1 ? n - 1 : null);
        }
        subscription.sink().close();
    }

    /** Hands each change to the streams that may see it, serialising each form once. */
    void deliver(List<Note> notes) {
        for (Note note : notes) {
            String staff = null;
            String owner = null;
            for (Subscription subscription : open.values()) {
                switch (Audience.of(subscription.user(), note)) {
                    case STAFF -> {
                        staff = staff != null ? staff : json.writeValueAsString(note.forStaff());
                        offer(subscription, new Outgoing("request", nextId(), staff));
                    }
                    case OWNER -> {
                        owner = owner != null ? owner : json.writeValueAsString(note.forOwner());
                        offer(subscription, new Outgoing("request", nextId(), owner));
                    }
                    case NOBODY -> {
                    }
                }
            }
        }
    }

    /** Hands each incoming call to the streams of its agent only (a screen pop). */
    void deliverCalls(List<CallNote> calls) {
        for (CallNote call : calls) {
            String data = json.writeValueAsString(new CallNote.CallEvent(call.callId(), call.at()));
            for (Subscription subscription : open.values()) {
                if (subscription.user().accountId() == call.agentId()) {
                    offer(subscription, new Outgoing("call", nextId(), data));
                }
            }
        }
    }

    /** Tells every stream to reload: changes may have been lost (a reconnect to the database, an overflow). */
    void reloadAll() {
        open.values().forEach(subscription -> offer(subscription, reload()));
    }

    /** A comment on every stream, so that proxies keep it open and a vanished client is noticed. */
    void heartbeat() {
        open.values().forEach(subscription -> offer(subscription, Outgoing.HEARTBEAT));
    }

    /** Ends every stream (the instance stops): the browsers reconnect to another. */
    void closeAll() {
        List.copyOf(open.values()).forEach(this::close);
    }

    int size() {
        return open.size();
    }

    private void offer(Subscription subscription, Outgoing frame) {
        if (subscription.offer(frame, this::reload)) {
            execute(subscription);
        }
    }

    private void execute(Subscription subscription) {
        try {
            senders.execute(() -> drain(subscription));
        } catch (RejectedExecutionException stopping) {
            close(subscription);
        }
    }

    private void drain(Subscription subscription) {
        for (int written = 0; written < FRAMES_PER_TURN; written++) {
            Outgoing frame = subscription.next();
            if (frame == null) {
                return;
            }
            try {
                subscription.sink().send(frame);
            } catch (IOException | RuntimeException gone) {
                log.debug("live stream {} ended: {}", subscription.id(), gone.toString());
                close(subscription);
                return;
            }
        }
        execute(subscription);
    }

    private Outgoing reload() {
        return new Outgoing("reload", nextId(), RELOAD_DATA);
    }

    private Outgoing frame(String name, Object data) {
        return new Outgoing(name, nextId(), json.writeValueAsString(data));
    }

    private String nextId() {
        return Long.toString(frames.incrementAndGet(), 36);
    }
}
