package com.estatecare.timelimits.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.estatecare.timelimits.ClockStatus;
import com.estatecare.timelimits.TimeLimitPolicy;
import com.estatecare.timelimits.TimeLimitPolicy.Limit;

/**
 * One clock of one request (时限): {@code RUNNING → WARNING → BREACHED}, or
 * {@code MET} when the step it waits for comes in time; paused while the
 * request waits on the customer. It keeps what its limit said when it started
 * — the durations, the stop triggers, the policy version — so that a later
 * change of the policy does not move a running clock. A warning and a breach
 * each happen once.
 */
public final class TimeLimitClock {

    /** What the sweep found: the warning point or the due time passed. */
    public enum Alarm { WARNED, BREACHED }

    /** How the step that stops a clock ends it: in time, or too late — a breach found now. */
    public enum Stop { MET, BREACHED, ALREADY_BREACHED }

    private final Long id;
    private final long companyId;
    private final long requestId;
    private final String limitKey;
    private final String limitName;
    private final int policyVersion;
    private final boolean workingTime;
    private final Duration duration;
    private final Duration warnAfter;
    private final boolean escalate;
    private final List<Trigger> stopOn;
    private final Instant startedAt;
    private ClockStatus status;
    private Instant warnAt;
    private Instant dueAt;
    private Instant pausedAt;
    private Duration remaining;
    private Instant warnedAt;
    private Instant breachedAt;
    private Instant stoppedAt;

    TimeLimitClock(Long id, long companyId, long requestId, String limitKey, String limitName, int policyVersion,
            boolean workingTime, Duration duration, Duration warnAfter, boolean escalate, List<Trigger> stopOn,
            ClockStatus status, Instant startedAt, Instant warnAt, Instant dueAt, Instant pausedAt, Duration remaining,
            Instant warnedAt, Instant breachedAt, Instant stoppedAt) {
        this.id = id;
        this.companyId = companyId;
        this.requestId = requestId;
        this.limitKey = limitKey;
        this.limitName = limitName;
        this.policyVersion = policyVersion;
        this.workingTime = workingTime;
        this.duration = duration;
        this.warnAfter = warnAfter;
        this.escalate = escalate;
        this.stopOn = List.copyOf(stopOn);
        this.status = status;
        this.startedAt = startedAt;
        this.warnAt = warnAt;
        this.dueAt = dueAt;
        this.pausedAt = pausedAt;
        this.remaining = remaining;
        this.warnedAt = warnedAt;
        this.breachedAt = breachedAt;
        this.stoppedAt = stoppedAt;
    }

    /** A limit's clock starting at {@code start}: it warns after {@code warnAfter} and is due after {@code duration}. */
    public static TimeLimitClock start(long companyId, long requestId, Limit limit, int policyVersion, Instant start,
            ClockTime time) {
        List<Instant> points = time.plusEach(start, limit.warnAfter(), limit.duration());
        return new TimeLimitClock(null, companyId, requestId, limit.key(), limit.name(), policyVersion,
                limit.workingTime(), limit.duration(), limit.warnAfter(),
                limit.onBreach() == TimeLimitPolicy.OnBreach.NOTIFY_AND_ESCALATE,
                limit.stopOn().stream().map(code -> Trigger.parse(code).orElseThrow()).toList(), ClockStatus.RUNNING,
                start, points.get(0), points.get(1), null, null, null, null, null);
    }

    /**
     * What happened stops this clock if it waits for it: met when it came by
     * the due time (the time left, if paused), a breach found now if it came
     * later and the sweep had not found it yet.
     */
    public Optional<Stop> stop(Trigger happened, Instant at) {
        if (stoppedAt != null || !stopOn.contains(happened)) {
            return Optional.empty();
        }
        Instant due = dueAt(at);
        stoppedAt = at;
        pausedAt = null;
        if (breachedAt != null) {
            return Optional.of(Stop.ALREADY_BREACHED);
        }
        if (at.isAfter(due)) {
            dueAt = due;
            breachedAt = at;
            status = ClockStatus.BREACHED;
            return Optional.of(Stop.BREACHED);
        }
        status = ClockStatus.MET;
        return Optional.of(Stop.MET);
    }

    /** The request was cancelled or archived: nothing is owed any more, nothing fires later. */
    public boolean cancel(Instant at) {
        if (stoppedAt != null) {
            return false;
        }
        status = ClockStatus.CANCELLED;
        stoppedAt = at;
        return true;
    }

    /** The sweep's look at a ticking clock: it breaches at its due time, else warns once at its warning point. */
    public Optional<Alarm> check(Instant now) {
        if (!status.isTicking()) {
            return Optional.empty();
        }
        if (!now.isBefore(dueAt)) {
            status = ClockStatus.BREACHED;
            breachedAt = now;
            return Optional.of(Alarm.BREACHED);
        }
        if (status == ClockStatus.RUNNING && !now.isBefore(warnAt)) {
            status = ClockStatus.WARNING;
            warnedAt = now;
            return Optional.of(Alarm.WARNED);
        }
        return Optional.empty();
    }

    /** Paused while the request waits on the customer: it keeps the time left (none if already past due). */
    public boolean pause(Instant now, ClockTime time) {
        if (!status.isTicking()) {
            return false;
        }
        Duration left = time.between(now, dueAt);
        remaining = left.isNegative() ? Duration.ZERO : left;
        pausedAt = now;
        status = ClockStatus.PAUSED;
        return true;
    }

    /** Resumed: due when the time left has passed again, warning as far before that as its limit said. */
    public boolean resume(Instant now, ClockTime time) {
        if (status != ClockStatus.PAUSED) {
            return false;
        }
        Duration warnLeft = remaining.minus(duration.minus(warnAfter));
        dueAt = time.plus(now, remaining);
        warnAt = time.plus(now, warnLeft.isNegative() ? Duration.ZERO : warnLeft);
        status = warnedAt != null ? ClockStatus.WARNING : ClockStatus.RUNNING;
        pausedAt = null;
        remaining = null;
        return true;
    }

    /** When the sweep must look at it next: its warning point, then its due time; never once it stopped ticking. */
    public Instant nextCheckAt() {
        return status == ClockStatus.RUNNING ? warnAt : status == ClockStatus.WARNING ? dueAt : null;
    }

    /** Its state as a person reads it at {@code now}: a ticking clock past its points shows them before the sweep. */
    public ClockStatus statusAt(Instant now) {
        if (!status.isTicking() || stoppedAt != null) {
            return status;
        }
        return !now.isBefore(dueAt) ? ClockStatus.BREACHED
                : !now.isBefore(warnAt) ? ClockStatus.WARNING : status;
    }

    /** The time left at {@code now}: kept while paused, counted while ticking, none once it stopped or breached. */
    public Duration remainingAt(Instant now, ClockTime time) {
        if (status == ClockStatus.PAUSED) {
            return remaining;
        }
        return status.isTicking() && stoppedAt == null ? time.between(now, dueAt) : null;
    }

    private Instant dueAt(Instant at) {
        return status == ClockStatus.PAUSED ? at.plus(remaining) : dueAt;
    }

    public Long id() {
        return id;
    }

    public long companyId() {
        return companyId;
    }

    public long requestId() {
        return requestId;
    }

    public String limitKey() {
        return limitKey;
    }

    public String limitName() {
        return limitName;
    }

    public int policyVersion() {
        return policyVersion;
    }

    public boolean workingTime() {
        return workingTime;
    }

    public Duration duration() {
        return duration;
    }

    public Duration warnAfter() {
        return warnAfter;
    }

    public boolean escalate() {
        return escalate;
    }

    public List<Trigger> stopOn() {
        return stopOn;
    }

    public ClockStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant warnAt() {
        return warnAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Duration remaining() {
        return remaining;
    }

    public Instant warnedAt() {
        return warnedAt;
    }

    public Instant breachedAt() {
        return breachedAt;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }
}
