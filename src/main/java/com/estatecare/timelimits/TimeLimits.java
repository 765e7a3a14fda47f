package com.estatecare.timelimits;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/**
 * Starts, pauses and stops the clocks of a request as its events happen — in
 * the same transaction, so that a registered request always has its first
 * clocks — and fires each warning and breach exactly once.
 */
@Service
public class TimeLimits {

    /** A clock as the request's detail shows it. */
    public record ClockView(String limit, String name, String status, Instant startedAt, Instant warnAt, Instant dueAt,
            Long remainingSeconds, boolean workingTime, int policyVersion, Instant stoppedAt) {
    }

    private final JdbcClient jdbc;
    private final Policies policies;
    private final BusinessCalendar calendar;
    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimeLimits(JdbcClient jdbc, Policies policies, BusinessCalendar calendar, Requests requests,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.calendar = calendar;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(RequestRegistered event) {
        Versioned<TimeLimitPolicy> policy = policies.current(TimeLimitPolicy.class, event.companyId());
        boolean endsAtRegistration = false;
        for (Limit limit : policy.policy().limits()) {
            if (!appliesTo(limit, event)) {
                continue;
            }
            Instant start = TimeLimitPolicy.DEPARTMENT_RECEIVED.equals(limit.startOn()) ? event.departmentReceivedAt()
                    : TimeLimitPolicy.REGISTERED.equals(limit.startOn()) ? event.receivedAt() : null;
            if (start != null) {
                startClock(event.companyId(), event.requestId(), limit, policy.version(), start, false);
                endsAtRegistration |= limit.stopOn().contains(TimeLimitPolicy.REGISTERED);
            }
        }
        if (endsAtRegistration) {
            stopClocks(event.requestId(), TimeLimitPolicy.REGISTERED, event.registeredAt());
        }
    }

    /** Closing a request (cancelled or archived) stops what is still running: nothing is owed any more. */
    @EventListener
    void on(RequestTransitioned event) {
        if (event.action() == Action.CANCEL || event.action() == Action.ARCHIVE) {
            jdbc.sql("""
                    update time_limit_clock set status = 'CANCELLED', stopped_at = :now, next_check_at = null
                    where request_id = :request and stopped_at is null""")
                    .param("now", ts(event.at())).param("request", event.requestId()).update();
            return;
        }
        stopClocks(event.requestId(), event.action().name(), event.at());
        if (event.action() == Action.REOPEN || event.from() == event.to()) {
            return;
        }
        RequestFacts facts = requests.facts(event.requestId()).orElseThrow();
        Versioned<TimeLimitPolicy> policy = policies.current(TimeLimitPolicy.class, event.companyId());
        for (Limit limit : policy.policy().limits()) {
            if (event.action().name().equals(limit.startOn()) && limit.kinds().contains(facts.kind())
                    && (limit.emergency() == null || limit.emergency() == facts.emergency())) {
                startClock(event.companyId(), event.requestId(), limit, policy.version(), event.at(), true);
            }
        }
    }

    private static boolean appliesTo(Limit limit, RequestRegistered event) {
        return limit.kinds().contains(event.kind())
                && (limit.emergency() == null || limit.emergency() == event.emergency())
                && (limit.channel() == null || limit.channel() == event.channel());
    }

    private void startClock(long companyId, long requestId, Limit limit, int version, Instant start, boolean restart) {
        Instant warn;
        Instant due;
        if (limit.workingTime()) {
            List<Instant> points = calendar.addWorkingTimes(companyId, start, limit.warnAfter(), limit.duration());
            warn = points.get(0);
            due = points.get(1);
        } else {
            warn = start.plus(limit.warnAfter());
            due = start.plus(limit.duration());
        }
        if (restart) {
            jdbc.sql("delete from time_limit_clock where request_id = :request and limit_key = :key")
                    .param("request", requestId).param("key", limit.key()).update();
        }
        jdbc.sql("""
                insert into time_limit_clock (company_id, request_id, limit_key, limit_name, policy_version,
                    working_time, duration_seconds, warn_after_seconds, escalate, stop_on, status, started_at, warn_at,
                    due_at, next_check_at)
                values (:company, :request, :key, :name, :version, :working, :duration, :warnAfter, :escalate,
                    :stopOn, 'RUNNING', :start, :warn, :due, :warn)""")
                .param("company", companyId).param("request", requestId).param("key", limit.key())
                .param("name", limit.name()).param("version", version).param("working", limit.workingTime())
                .param("duration", limit.duration().toSeconds()).param("warnAfter", limit.warnAfter().toSeconds())
                .param("escalate", limit.onBreach() == TimeLimitPolicy.OnBreach.NOTIFY_AND_ESCALATE)
                .param("stopOn", String.join(",", limit.stopOn()))
                .param("start", ts(start)).param("warn", ts(warn)).param("due", ts(due)).update();
    }

    /** Stops the running clocks this event ends: met in time, or breached now if it came too late. */
    private void stopClocks(long requestId, String stopEvent, Instant at) {
        for (ClockRow row : running(requestId)) {
            if (!row.stopOn().contains(stopEvent)) {
                continue;
            }
            Instant due = row.paused() ? at.plusSeconds(row.remainingSeconds()) : row.dueAt();
            if (at.isAfter(due) && row.breachedAt() == null) {
                int updated = jdbc.sql("""
                        update time_limit_clock set status = 'BREACHED', breached_at = :at, stopped_at = :at,
                            next_check_at = null where id = :id and breached_at is null""")
                        .param("at", ts(at)).param("id", row.id()).update();
                if (updated == 1) {
                    events.publishEvent(new ClockBreached(row.id(), requestId, row.companyId(), row.limitKey(),
                            due, at, row.escalate()));
                }
            } else {
                jdbc.sql("""
                        update time_limit_clock set status = case when breached_at is null then 'MET' else status end,
                            stopped_at = :at, next_check_at = null where id = :id""")
                        .param("at", ts(at)).param("id", row.id()).update();
            }
        }
    }

    /** Pauses the running clocks while the request waits on the customer (e.g. an appointment the customer chose). */
    @Transactional
    public void pause(long requestId, String reason, CurrentUser user) {
        requests.find(requestId, user);
        Instant now = clock.instant();
        for (ClockRow row : running(requestId)) {
            if (row.paused()) {
                continue;
            }
            long remaining = row.workingTime()
                    ? calendar.workingTimeBetween(row.companyId(), now, row.dueAt()).toSeconds()
                    : Duration.between(now, row.dueAt()).toSeconds();
            jdbc.sql("""
                    update time_limit_clock set status = 'PAUSED', paused_at = :now, remaining_seconds = :remaining,
                        next_check_at = null where id = :id""")
                    .param("now", ts(now)).param("remaining", Math.max(0, remaining)).param("id", row.id()).update();
        }
        requests.recordOnTimeline(requestId, user, "PAUSE_TIME_LIMITS", reason, Map.of());
    }

    @Transactional
    public void resume(long requestId, String reason, CurrentUser user) {
        requests.find(requestId, user);
        Instant now = clock.instant();
        for (ClockRow row : running(requestId)) {
            if (!row.paused()) {
                continue;
            }
            Instant due = plus(row.companyId(), now, Duration.ofSeconds(row.remainingSeconds()), row.workingTime());
            long warnLeft = Math.max(0, row.remainingSeconds() - (row.durationSeconds() - row.warnAfterSeconds()));
            Instant warn = plus(row.companyId(), now, Duration.ofSeconds(warnLeft), row.workingTime());
            boolean warned = row.warnedAt() != null;
            jdbc.sql("""
                    update time_limit_clock set status = :status, paused_at = null, remaining_seconds = null,
                        due_at = :due, warn_at = :warn, next_check_at = :next where id = :id""")
                    .param("status", warned ? "WARNING" : "RUNNING").param("due", ts(due)).param("warn", ts(warn))
                    .param("next", ts(warned ? due : warn)).param("id", row.id()).update();
        }
        requests.recordOnTimeline(requestId, user, "RESUME_TIME_LIMITS", reason, Map.of());
    }

    /**
     * One pass over the clocks that are due: each warning and each breach fires
     * once, whichever instance gets there first — the status change is
     * conditional, and only the update that changed the row publishes.
     */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        List<ClockRow> due = jdbc.sql(ClockRow.SELECT
                + " where next_check_at <= :now and status in ('RUNNING', 'WARNING') order by next_check_at limit 500")
                .param("now", ts(now)).query(ClockRow::map).list();
        int fired = 0;
        for (ClockRow row : due) {
            if (!now.isBefore(row.dueAt())) {
                int updated = jdbc.sql("""
                        update time_limit_clock set status = 'BREACHED', breached_at = :now, next_check_at = null
                        where id = :id and status in ('RUNNING', 'WARNING')""")
                        .param("now", ts(now)).param("id", row.id()).update();
                if (updated == 1) {
                    events.publishEvent(new ClockBreached(row.id(), row.requestId(), row.companyId(), row.limitKey(),
                            row.dueAt(), now, row.escalate()));
                    requests.recordOnTimeline(row.requestId(), "EstateCare", "TIME_LIMIT_BREACHED", row.limitName(),
                            Map.of("limit", row.limitKey(), "dueAt", row.dueAt().toString()));
                    fired++;
                }
            } else {
                int updated = jdbc.sql("""
                        update time_limit_clock set status = 'WARNING', warned_at = :now, next_check_at = due_at
                        where id = :id and status = 'RUNNING'""")
                        .param("now", ts(now)).param("id", row.id()).update();
                if (updated == 1) {
                    events.publishEvent(new ClockWarned(row.id(), row.requestId(), row.companyId(), row.limitKey(),
                            row.dueAt(), now));
                    fired++;
                }
            }
        }
        return fired;
    }

    /** The clocks of a request as they stand now. */
    public List<ClockView> clocksOf(long requestId) {
        Instant now = clock.instant();
        return jdbc.sql(ClockRow.SELECT + " where request_id = :request order by id").param("request", requestId)
                .query(ClockRow::map).list().stream().map(row -> view(row, now)).toList();
    }

    private ClockView view(ClockRow row, Instant now) {
        String status = row.status();
        Long remaining = null;
        if (row.paused()) {
            remaining = row.remainingSeconds();
        } else if (row.stoppedAt() == null && !"BREACHED".equals(status)) {
            remaining = row.workingTime() ? calendar.workingTimeBetween(row.companyId(), now, row.dueAt()).toSeconds()
                    : Duration.between(now, row.dueAt()).toSeconds();
            status = !now.isBefore(row.dueAt()) ? "BREACHED" : !now.isBefore(row.warnAt()) ? "WARNING" : status;
        }
        return new ClockView(row.limitKey(), row.limitName(), status, row.startedAt(), row.warnAt(), row.dueAt(),
                remaining, row.workingTime(), row.policyVersion(), row.stoppedAt());
    }

    private List<ClockRow> running(long requestId) {
        return jdbc.sql(ClockRow.SELECT + " where request_id = :request and stopped_at is null")
                .param("request", requestId).query(ClockRow::map).list();
    }

    private Instant plus(long companyId, Instant start, Duration amount, boolean workingTime) {
        return workingTime ? calendar.addWorkingTime(companyId, start, amount) : start.plus(amount);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /**
     * A clock row. The clock keeps what its limit said when it started — the
     * durations, the stop events, the policy version — so that a later change
     * of the policy does not move a running clock.
     */
    private record ClockRow(long id, long companyId, long requestId, String limitKey, String limitName,
            int policyVersion, boolean workingTime, long durationSeconds, long warnAfterSeconds, boolean escalate,
            List<String> stopOn, String status, Instant startedAt, Instant warnAt, Instant dueAt, boolean paused,
            long remainingSeconds, Instant warnedAt, Instant breachedAt, Instant stoppedAt) {

        static final String SELECT = """
                select id, company_id, request_id, limit_key, limit_name, policy_version, working_time,
                       duration_seconds, warn_after_seconds, escalate, stop_on, status, started_at, warn_at, due_at,
                       paused_at, remaining_seconds, warned_at, breached_at, stopped_at
                from time_limit_clock""";

        static ClockRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new ClockRow(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("request_id"),
                    rs.getString("limit_key"), rs.getString("limit_name"), rs.getInt("policy_version"),
                    rs.getBoolean("working_time"), rs.getLong("duration_seconds"), rs.getLong("warn_after_seconds"),
                    rs.getBoolean("escalate"), List.of(rs.getString("stop_on").split(",")), rs.getString("status"),
                    instant(rs, "started_at"), instant(rs, "warn_at"), instant(rs, "due_at"),
                    rs.getTimestamp("paused_at") != null, rs.getLong("remaining_seconds"), instant(rs, "warned_at"),
                    instant(rs, "breached_at"),
                    instant(rs, "stopped_at"));
        }

        private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
            Timestamp t = rs.getTimestamp(column);
            return t == null ? null : t.toInstant();
        }
    }
}
