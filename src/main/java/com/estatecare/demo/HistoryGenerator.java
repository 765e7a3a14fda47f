package com.estatecare.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import com.estatecare.consultations.OverdueConsultations;
import com.estatecare.grading.Grading;
import com.estatecare.requests.Action;
import com.estatecare.timelimits.TimeLimits;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Six months of history for the demo, made the way the centre would have made
 * it: every request registered and every step taken through the requests
 * module's API, at the moment the {@link HistoryProfile} plans, with the
 * {@link HistoryClock} set to that moment — so the clocks, grades, escalations
 * and fines that the other modules derive from the events are those of the
 * past. The steps of all requests run in the order of their moments, and the
 * timers' sweeps run every simulated hour in between; the application's own
 * sweeps are held off (their locks taken) until the history reaches the present.
 * It runs on a thread of its own after start-up, so the application serves at
 * once; a log line says when it is done.
 */
class HistoryGenerator {

    private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);
    /** The application's timers, which must not sweep the past in the present while the history is written. */
    private static final List<String> SWEEPS = List.of("time-limit-sweep", "grading-sweep",
            "consultation-overdue-sweep");
    private static final Duration LOCK_FOR = Duration.ofMinutes(10);
    /** How often the timers sweep in the simulated past; the grading and consultations sweep every third time. */
    private static final Duration SWEEP_EVERY = Duration.ofHours(2);

    /** What a run did. */
    record Summary(int requests, int steps, int failed, Instant from, Instant to, Duration took) {
    }

    private record Pending(Instant at, int plan, int step) {
    }

    private final HistorySteps steps;
    private final TimeLimits timeLimits;
    private final Grading grading;
    private final OverdueConsultations consultations;
    private final ObjectProvider<LockProvider> locks;
    private final HistoryClock clock;
    private final ZoneId zone;
    private final int count;
    private final long seed;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Summary summary;
    private Thread thread;
    private List<SimpleLock> heldLocks = List.of();

    HistoryGenerator(HistorySteps steps, TimeLimits timeLimits, Grading grading, OverdueConsultations consultations,
            ObjectProvider<LockProvider> locks, HistoryClock clock, ZoneId zone, int count, long seed) {
        this.steps = steps;
        this.timeLimits = timeLimits;
        this.grading = grading;
        this.consultations = consultations;
        this.locks = locks;
        this.clock = clock;
        this.zone = zone;
        this.count = count;
        this.seed = seed;
    }

    /** Starts writing the history on a thread of its own. */
    synchronized void start(List<HistorySteps.Cast> casts) {
        thread = new Thread(() -> {
            try {
                summary = generate(casts);
            } catch (RuntimeException e) {
                log.error("Demo history stopped", e);
            } finally {
                done.countDown();
            }
        }, "demo-history");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the history is written; the summary, or {@code null} if it is not done in time or failed. */
    Summary await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? summary : null;
    }

    /** The application stops: the history stops after the step it is taking. */
    void stop() throws InterruptedException {
        stopping = true;
        if (thread != null) {
            thread.join(Duration.ofSeconds(20).toMillis());
        }
    }

    Summary generate(List<HistorySteps.Cast> casts) {
        long started = System.nanoTime();
        Instant end = clock.present();
        List<HistoryProfile.Plan> plans = new HistoryProfile(seed, end, zone).plans(count);
        log.info("Demo history: writing {} requests of the last {} months in the background", plans.size(),
                HistoryProfile.MONTHS);
        holdSweeps();
        try {
            int[] done = run(plans, casts, end);
            Summary result = new Summary(plans.size(), done[0], done[1],
                    plans.isEmpty() ? end : plans.get(0).receivedAt(), end,
                    Duration.ofNanos(System.nanoTime() - started));
            log.info((stopping ? "Demo history stopped with the application, partial: "
                    : "Demo history loaded: ") + "{} requests planned, {} steps from {} to {} in {} s ({} refused)",
                    result.requests(), result.steps(), result.from().atZone(zone).toLocalDate(),
                    result.to().atZone(zone).toLocalDate(), result.took().toSeconds(), result.failed());
            return result;
        } finally {
            clock.travelTo(null);
            heldLocks.forEach(SimpleLock::unlock);
        }
    }

    /** Takes every step in the order of its moment; answers how many steps were taken and how many refused. */
    private int[] run(List<HistoryProfile.Plan> plans, List<HistorySteps.Cast> casts, Instant end) {
        PriorityQueue<Pending> queue = new PriorityQueue<>(
                Comparator.comparing(Pending::at).thenComparingInt(Pending::plan).thenComparingInt(Pending::step));
        for (int i = 0; i < plans.size(); i++) {
            queue.add(new Pending(plans.get(i).receivedAt(), i, -1));
        }
        long[] ids = new long[plans.size()];
        Arrays.fill(ids, -1);
        Instant nextSweep = plans.isEmpty() ? end : plans.get(0).receivedAt().truncatedTo(ChronoUnit.DAYS);
        int taken = 0;
        int failed = 0;
        int registered = 0;
        long lastExtended = System.nanoTime();
        while (!queue.isEmpty() && !stopping) {
            Pending next = queue.poll();
            nextSweep = sweepUntil(nextSweep, next.at());
            HistoryProfile.Plan plan = plans.get(next.plan());
            HistorySteps.Cast cast = casts.get(plan.company());
            clock.travelTo(next.at());
            try {
                if (next.step() < 0) {
                    ids[next.plan()] = steps.register(plan, next.plan(), cast, next.at());
                    registered++;
                    progress(registered, plans.size(), next.at());
                } else {
                    steps.act(ids[next.plan()], plan, next.plan(), next.step(), cast, next.at());
                }
                taken++;
                int following = next.step() + 1;
                if (following < plan.steps().size()) {
                    queue.add(new Pending(plan.receivedAt().plus(plan.steps().get(following).after()), next.plan(),
                            following));
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("Demo history: {} of request {} ({}) refused: {}", next.step() < 0 ? "registration"
                        : plan.steps().get(next.step()).action(), next.plan(), plan.kind(), e instanceof com.estatecare.platform.DomainException d
                        ? d.code() + " " + java.util.Arrays.toString(d.arguments()) + " " + d.properties() : e.toString());
            }
            if (System.nanoTime() - lastExtended > Duration.ofMinutes(1).toNanos()) {
                extendSweepLocks();
                lastExtended = System.nanoTime();
            }
        }
        sweepUntil(nextSweep, end);
        return new int[] { taken, failed };
    }

    /** The timers' sweeps of every hour before {@code until}, as of that hour. */
    private Instant sweepUntil(Instant from, Instant until) {
        Instant at = from;
        while (!at.isAfter(until) && !stopping) {
            clock.travelTo(at);
            while (timeLimits.sweep() > 0) {
                // another batch of due clocks
            }
            if (at.atZone(zone).getHour() % 6 == 0) { // every sweep at 0, 6, 12 or 18 o'clock
                grading.sweep();
                consultations.sweep();
            }
            at = at.plus(SWEEP_EVERY);
        }
        return at;
    }

    private void progress(int registered, int total, Instant at) {
        int step = Math.max(1, total / 10);
        if (registered % step == 0) {
            log.info("Demo history: {} of {} requests, as of {}", registered, total, at.atZone(zone).toLocalDate());
        }
    }

    /** Takes the locks of the application's sweeps, waiting a little for one that is running. */
    private void holdSweeps() {
        LockProvider provider = locks.getIfAvailable();
        List<SimpleLock> held = new ArrayList<>();
        if (provider == null) {
            return;
        }
        for (String name : SWEEPS) {
            for (int attempt = 0; attempt < 60; attempt++) {
                var lock = provider.lock(new LockConfiguration(clock.present(), name, LOCK_FOR, Duration.ZERO));
                if (lock.isPresent()) {
                    held.add(lock.get());
                    break;
                }
                pause();
            }
        }
        heldLocks = held;
    }

    private void extendSweepLocks() {
        List<SimpleLock> extended = new ArrayList<>();
        for (SimpleLock lock : heldLocks) {
            lock.extend(LOCK_FOR, Duration.ZERO).ifPresent(extended::add);
        }
        heldLocks = extended;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
