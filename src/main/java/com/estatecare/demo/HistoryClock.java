package com.estatecare.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.core.task.TaskDecorator;

/**
 * The application's clock while the demo history is generated: everywhere it
 * tells the time of its source, except on the generator's thread, which sets
 * the moment "as of" which it registers or acts, and on the threads that run
 * the after-commit listeners of those steps, which inherit that moment
 * ({@link #propagate()}). Requests, time limits, grading, escalation and fines
 * thus see the past as it was, while people using the application at the same
 * time see the present.
 */
final class HistoryClock extends Clock {

    private final Clock source;
    private final ThreadLocal<Instant> asOf;

    HistoryClock(Clock source) {
        this(source, new ThreadLocal<>());
    }

    private HistoryClock(Clock source, ThreadLocal<Instant> asOf) {
        this.source = source;
        this.asOf = asOf;
    }

    @Override
    public Instant instant() {
        Instant moment = asOf.get();
        return moment != null ? moment : source.instant();
    }

    @Override
    public ZoneId getZone() {
        return source.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new HistoryClock(source.withZone(zone), asOf);
    }

    /** From now on this thread lives at {@code moment}; {@code null} brings it back to the present. */
    void travelTo(Instant moment) {
        if (moment == null) {
            asOf.remove();
        } else {
            asOf.set(moment);
        }
    }

    /** The present of the source clock, whatever moment this thread lives at. */
    Instant present() {
        return source.instant();
    }

    /** Hands the moment of the thread that submits a task on to the thread that runs it. */
    TaskDecorator propagate() {
        return task -> {
            Instant moment = asOf.get();
            if (moment == null) {
                return task;
            }
            return () -> {
                Instant before = asOf.get();
                asOf.set(moment);
                try {
                    task.run();
                } finally {
                    travelTo(before);
                }
            };
        };
    }
}
