package com.estatecare.timelimits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.Action;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Requests;
import com.estatecare.timelimits.TimeLimitPolicy.Limit;
import com.estatecare.timelimits.internal.ClockStart;
import com.estatecare.timelimits.internal.ClockStore;
import com.estatecare.timelimits.internal.ClockTime;
import com.estatecare.timelimits.internal.LimitScope;
import com.estatecare.timelimits.internal.TimeLimitClock;
import com.estatecare.timelimits.internal.Trigger;

/**
 * Starts, pauses and stops the clocks of a request as its events happen — in
 * the same transaction, so that a registered request always has its first
 * clocks — and fires each warning and breach exactly once. The rules are
 * {@link LimitScope}, {@link ClockStart} and the clock itself,
 * {@link TimeLimitClock}; a breach, a pause and a resume reach the request's
 * timeline as events ({@link ClockBreached}, {@link TimeLimitsPaused},
 * {@link TimeLimitsResumed}).
 */
@Service
public class TimeLimits {

    private static final int SWEEP_BATCH = 500;

    /** A clock as the request's detail shows it. */
    public record ClockView(String limit, String name, ClockStatus status, Instant startedAt, Instant warnAt,
            Instant dueAt, Long remainingSeconds, boolean workingTime, int policyVersion, Instant stoppedAt) {
    }

    private final ClockStore clocks;
    private final Policies policies;
    private final BusinessCalendar calendar;
    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimeLimits(ClockStore clocks, Policies policies, BusinessCalendar calendar, Requests requests,
            ApplicationEventPublisher events, Clock clock) {
        this.clocks = clocks;
        this.policies = policies;
        this.calendar = calendar;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts the clocks of a new request. A clock that registration itself ends (a hand-over from another
     * department: registered within its limit of the department's receipt) is stopped before it is written,
     * met or breached, so that intake writes each clock once and reads none back.
     */
    @EventListener
    void on(RequestRegistered event) {
        Versioned<TimeLimitPolicy> policy = policies.current(TimeLimitPolicy.class, event.companyId());
        List<TimeLimitClock> started = new ArrayList<>();
        List<Integer> breachedAt = new ArrayList<>();
        for (Limit limit : LimitScope.applying(policy.policy().limits(), event.kind(), event.category(),
                event.emergency(), event.channel())) {
            var start = ClockStart.atRegistration(limit, event.receivedAt(), event.departmentReceivedAt());
            if (start.isPresent()) {
                TimeLimitClock clock = TimeLimitClock.start(event.companyId(), event.requestId(), limit,
                        policy.version(), start.get(), timeOf(event.companyId(), limit.workingTime()));
                if (clock.stop(Trigger.REGISTERED, event.registeredAt())
                        .filter(TimeLimitClock.Stop.BREACHED::equals).isPresent()) {
                    breachedAt.add(started.size());
                }
                started.add(clock);
            }
        }
        List<Long> ids = clocks.insert(started,
                new ClockStore.RequestPlace(event.number(), event.scopePath(), event.projectId()));
        for (int i : breachedAt) {
            TimeLimitClock late = started.get(i);
            events.publishEvent(new ClockBreached(ids.get(i), late.requestId(), late.companyId(), late.limitKey(),
                    late.limitName(), late.dueAt(), event.registeredAt(), late.escalate()));
        }
    }

    /** A step stops the clocks waiting for it and may start others; closing a request cancels what still runs. */
    @EventListener
    void on(RequestTransitioned event) {
        if (event.action() == Action.CANCEL || event.action() == Action.ARCHIVE) {
            for (TimeLimitClock running : clocks.running(event.requestId())) {
                ClockStatus was = running.status();
                if (running.cancel(event.at())) {
                    clocks.save(running, was);
                }
            }
            return;
        }
        stop(event.requestId(), Trigger.step(event.action()), event.at());
        if (event.action() == Action.REOPEN || event.from() == event.to()) {
            return;
        }
        Versioned<TimeLimitPolicy> policy = policies.current(TimeLimitPolicy.class, event.companyId());
        List<Limit> starting = policy.policy().limits().stream()
                .filter(limit -> ClockStart.atStep(limit, event.action(), event.at()).isPresent()).toList();
        if (starting.isEmpty()) {
            return;
        }
        RequestFacts facts = requests.facts(event.requestId()).orElseThrow();
        List<Limit> applying = LimitScope.applying(policy.policy().limits(), facts.kind(), facts.category(),
                facts.emergency(), facts.channel());
        for (Limit limit : starting) {
            if (applying.contains(limit)) {
                clocks.replace(TimeLimitClock.start(event.companyId(), event.requestId(), limit, policy.version(),
                        event.at(), timeOf(event.companyId(), limit.workingTime())),
                        new ClockStore.RequestPlace(facts.number(), facts.scopePath(), facts.projectId()));
            }
        }
    }

    /** Stops the running clocks this trigger ends: met in time, or breached now if it came too late. */
    private void stop(long requestId, Trigger happened, Instant at) {
        for (TimeLimitClock running : clocks.running(requestId)) {
            ClockStatus was = running.status();
            running.stop(happened, at).ifPresent(stop -> {
                if (clocks.save(running, was) && stop == TimeLimitClock.Stop.BREACHED) {
                    breached(running, at);
                }
            });
        }
    }

    /** Pauses the running clocks while the request waits on the customer (e.g. an appointment the customer chose). */
    @Transactional
    public void pause(long requestId, String reason, CurrentUser user) {
        long companyId = requests.find(requestId, user).facts().companyId();
        Instant now = clock.instant();
        for (TimeLimitClock running : clocks.running(requestId)) {
            ClockStatus was = running.status();
            if (running.pause(now, timeOf(running))) {
                clocks.save(running, was);
            }
        }
        events.publishEvent(new TimeLimitsPaused(requestId, companyId, now, user.accountId(), user.displayName(),
                reason));
    }

    /** Resumes the paused clocks: they continue with the time that was left. */
    @Transactional
    public void resume(long requestId, String reason, CurrentUser user) {
        long companyId = requests.find(requestId, user).facts().companyId();
        Instant now = clock.instant();
        for (TimeLimitClock paused : clocks.running(requestId)) {
            ClockStatus was = paused.status();
            if (paused.resume(now, timeOf(paused))) {
                clocks.save(paused, was);
            }
        }
        events.publishEvent(new TimeLimitsResumed(requestId, companyId, now, user.accountId(), user.displayName(),
                reason));
    }

    /**
     * One pass over the clocks that are due: each warning and each breach fires
     * once, whichever instance gets there first — the clock is written back only
     * from the state it was read in, and only the write that succeeded publishes.
     */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        int fired = 0;
        for (TimeLimitClock due : clocks.due(now, SWEEP_BATCH)) {
            ClockStatus was = due.status();
            var alarm = due.check(now);
            if (alarm.isEmpty() || !clocks.save(due, was)) {
                continue;
            }
            if (alarm.get() == TimeLimitClock.Alarm.BREACHED) {
                breached(due, now);
            } else {
                events.publishEvent(new ClockWarned(due.id(), due.requestId(), due.companyId(), due.limitKey(),
                        due.dueAt(), now));
            }
            fired++;
        }
        return fired;
    }

    private void breached(TimeLimitClock clock, Instant at) {
        events.publishEvent(new ClockBreached(clock.id(), clock.requestId(), clock.companyId(), clock.limitKey(),
                clock.limitName(), clock.dueAt(), at, clock.escalate()));
    }

    /** The clocks of a request as they stand now. */
    public List<ClockView> clocksOf(long requestId) {
        Instant now = clock.instant();
        return clocks.of(requestId).stream().map(c -> {
            Duration remaining = c.remainingAt(now, timeOf(c));
            return new ClockView(c.limitKey(), c.limitName(), c.statusAt(now), c.startedAt(), c.warnAt(), c.dueAt(),
                    remaining == null ? null : remaining.toSeconds(), c.workingTime(), c.policyVersion(),
                    c.stoppedAt());
        }).toList();
    }

    private ClockTime timeOf(TimeLimitClock clock) {
        return timeOf(clock.companyId(), clock.workingTime());
    }

    private ClockTime timeOf(long companyId, boolean workingTime) {
        return workingTime ? ClockTime.working(calendar, companyId) : ClockTime.CALENDAR;
    }
}
