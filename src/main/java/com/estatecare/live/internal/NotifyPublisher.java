package com.estatecare.live.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.requests.RequestStandings;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes this instance's changes to every instance: the request threads
 * only put them in a bounded queue ({@link #offer}); every
 * {@code batchInterval} one thread takes what has gathered, reads where those
 * requests stand now in one query, and sends it with as few {@code pg_notify}
 * calls as the payload limit allows. If the queue overflows or the database
 * is away, the changes are dropped and every client is told to reload instead.
 */
class NotifyPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotifyPublisher.class);
    /** The most changes one batch reads and sends; the rest wait for the next. */
    private static final int BATCH = 2000;

    private final BlockingQueue<Happening> pending;
    private final BlockingQueue<CallNote> calls = new ArrayBlockingQueue<>(1000);
    private final AtomicBoolean lost = new AtomicBoolean();
    private final Function<List<Long>, List<RequestStandings.Standing>> standings;
    private final Consumer<String> notify;
    private final JsonMapper json;
    private final long intervalMillis;
    private ScheduledExecutorService timer;

    NotifyPublisher(LiveProperties properties, RequestStandings standings, JdbcClient jdbc, JsonMapper json) {
        this(properties, standings::of, payload -> jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", Notices.CHANNEL).param("payload", payload).query(rs -> { }), json);
    }

    /** With where requests stand and the notify given as functions: the database in production, lists in tests. */
    NotifyPublisher(LiveProperties properties, Function<List<Long>, List<RequestStandings.Standing>> standings,
            Consumer<String> notify, JsonMapper json) {
        this.pending = new ArrayBlockingQueue<>(properties.pending());
        this.standings = standings;
        this.notify = notify;
        this.json = json;
        this.intervalMillis = Math.max(10, properties.batchInterval().toMillis());
    }

    /** Called on the request thread after the commit: a queue insert, nothing else. */
    void offer(Happening happening) {
        if (!pending.offer(happening)) {
            lost.set(true);
        }
    }

    /** Called on the request thread after the commit of an incoming call: a queue insert. */
    void offerCall(CallNote call) {
        if (!calls.offer(call)) {
            log.warn("live updates: the queue of incoming calls is full; call {} is not popped up", call.callId());
        }
    }

    /** One batch: read, build and send what has gathered; returns how many changes went out. */
    int flush() {
        flushCalls();
        List<Happening> batch = new ArrayList<>();
        pending.drainTo(batch, BATCH);
        boolean reload = lost.getAndSet(false);
        if (batch.isEmpty() && !reload) {
            return 0;
        }
        try {
            List<String> payloads = new ArrayList<>(Notices.payloads(notes(batch), json));
            if (reload) {
                payloads.add(Notices.RELOAD);
            }
            payloads.forEach(notify);
            return batch.size();
        } catch (DataAccessException databaseAway) {
            lost.set(true);
            log.warn("live updates: {} changes not published ({}); clients will be told to reload", batch.size(),
                    databaseAway.getMostSpecificCause().getMessage());
            return 0;
        }
    }

    private void flushCalls() {
        List<CallNote> batch = new ArrayList<>();
        calls.drainTo(batch);
        try {
            batch.forEach(call -> notify.accept(Notices.call(call, json)));
        } catch (DataAccessException databaseAway) {
            log.warn("live updates: {} incoming calls not popped up ({})", batch.size(),
                    databaseAway.getMostSpecificCause().getMessage());
        }
    }

    private List<Note> notes(List<Happening> batch) {
        Map<Long, RequestStandings.Standing> now = standings.apply(batch.stream().map(Happening::requestId).distinct()
                .toList()).stream().collect(Collectors.toMap(RequestStandings.Standing::id, Function.identity()));
        List<Note> notes = new ArrayList<>(batch.size());
        for (Happening h : batch) {
            RequestStandings.Standing s = now.get(h.requestId());
            if (s != null) {
                notes.add(new Note(s.id(), s.number(), s.status(), s.assigneeId(), s.version(), h.change(), h.action(),
                        h.limit(), h.at(), s.scopePath(), s.companyId(), s.customerId(), h.toldToCustomer()));
            }
        }
        return notes;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException unexpected) {
            lost.set(true);
            log.warn("live updates: a batch failed", unexpected);
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-publish");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::flushQuietly, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Starts early and stops late: changes made while the web server drains still go out. */
    @Override
    public int getPhase() {
        return 0;
    }
}
