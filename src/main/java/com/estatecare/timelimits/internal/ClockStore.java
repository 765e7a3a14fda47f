package com.estatecare.timelimits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.timelimits.ClockStatus;

/** The clocks' table: one row per limit and request, written back only from the state it was read in. */
@Component
public class ClockStore {

    /** The columns {@link #map} reads. */
    static final String COLUMNS = """
            id, company_id, request_id, limit_key, limit_name, policy_version, working_time, duration_seconds,
            warn_after_seconds, escalate, stop_on, status, started_at, warn_at, due_at, paused_at, remaining_seconds,
            warned_at, breached_at, stopped_at""";
    private static final String SELECT = "select " + COLUMNS + " from time_limit_clock";

    private final JdbcClient jdbc;

    ClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A clock started again (a second completion) replaces the one its limit started earlier.
     * {@code request} places it: its request's number, scope path and project, for the queues and reports.
     */
    public void replace(TimeLimitClock clock, RequestPlace request) {
        jdbc.sql("delete from time_limit_clock where request_id = :request and limit_key = :key")
                .param("request", clock.requestId()).param("key", clock.limitKey()).update();
        insert(clock, request);
    }

    /**
     * Where a clock's request lies, copied onto the clock so that the queues and the on-time report read this
     * table alone.
     */
    public record RequestPlace(String number, String scopePath, Long projectId) {
    }

    public void insert(TimeLimitClock clock, RequestPlace request) {
        insert(List.of(clock), request);
    }

    /**
     * The clocks a request starts at once (up to three for a complaint), in one multi-row insert; a clock may
     * already have stopped (one that registration itself ends). Returns their ids, in the order given.
     */
    public List<Long> insert(List<TimeLimitClock> started, RequestPlace request) {
        if (started.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                insert into time_limit_clock (company_id, request_id, request_number, scope_path, project_id,
                    limit_key, limit_name, policy_version, working_time, duration_seconds, warn_after_seconds,
                    escalate, stop_on, status, started_at, warn_at, due_at, next_check_at, breached_at, stopped_at)
                values """);
        List<Object> params = new ArrayList<>();
        for (TimeLimitClock clock : started) {
            sql.append(params.isEmpty() ? "" : ", ")
                    .append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(clock.companyId(), clock.requestId(), request.number(), request.scopePath(),
                    request.projectId(), clock.limitKey(), clock.limitName(), clock.policyVersion(),
                    clock.workingTime(), clock.duration().toSeconds(), clock.warnAfter().toSeconds(), clock.escalate(),
                    clock.stopOn().stream().map(Trigger::code).collect(Collectors.joining(",")),
                    clock.status().name(), ts(clock.startedAt()), ts(clock.warnAt()), ts(clock.dueAt()),
                    ts(clock.nextCheckAt()), ts(clock.breachedAt()), ts(clock.stoppedAt())));
        }
        // the rows of a multi-row insert come back in the order of its values
        return jdbc.sql(sql.append(" returning id").toString()).params(params).query(Long.class).list();
    }

    /**
     * Writes the clock back if nobody changed its state since it was read as
     * {@code was}: of two instances sweeping at once only one fires.
     */
    public boolean save(TimeLimitClock clock, ClockStatus was) {
        return jdbc.sql("""
                update time_limit_clock set status = :status, warn_at = :warn, due_at = :due, next_check_at = :next,
                    paused_at = :paused, remaining_seconds = :remaining, warned_at = :warned, breached_at = :breached,
                    stopped_at = :stopped
                where id = :id and status = :was""")
                .param("status", clock.status().name()).param("warn", ts(clock.warnAt()))
                .param("due", ts(clock.dueAt())).param("next", ts(clock.nextCheckAt()))
                .param("paused", ts(clock.pausedAt()))
                .param("remaining", clock.remaining() == null ? null : clock.remaining().toSeconds())
                .param("warned", ts(clock.warnedAt())).param("breached", ts(clock.breachedAt()))
                .param("stopped", ts(clock.stoppedAt())).param("id", clock.id()).param("was", was.name())
                .update() == 1;
    }

    /** The clocks of a request that have not stopped. */
    public List<TimeLimitClock> running(long requestId) {
        return jdbc.sql(SELECT + " where request_id = :request and stopped_at is null order by id")
                .param("request", requestId).query(ClockStore::map).list();
    }

    public List<TimeLimitClock> of(long requestId) {
        return jdbc.sql(SELECT + " where request_id = :request order by id").param("request", requestId)
                .query(ClockStore::map).list();
    }

    /** The sweep's batch: ticking clocks whose next check is due, an index range of {@code next_check_at}. */
    public List<TimeLimitClock> due(Instant now, int limit) {
        return jdbc.sql(SELECT + " where next_check_at <= :now and status in (:ticking) order by next_check_at"
                + " limit :limit")
                .param("now", ts(now)).param("limit", limit)
                .param("ticking", Arrays.stream(ClockStatus.values()).filter(ClockStatus::isTicking)
                        .map(Enum::name).toList())
                .query(ClockStore::map).list();
    }

    static TimeLimitClock map(ResultSet rs, int row) throws SQLException {
        long remaining = rs.getLong("remaining_seconds");
        Duration left = rs.wasNull() ? null : Duration.ofSeconds(remaining);
        return new TimeLimitClock(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("request_id"),
                rs.getString("limit_key"), rs.getString("limit_name"), rs.getInt("policy_version"),
                rs.getBoolean("working_time"), Duration.ofSeconds(rs.getLong("duration_seconds")),
                Duration.ofSeconds(rs.getLong("warn_after_seconds")), rs.getBoolean("escalate"),
                Arrays.stream(rs.getString("stop_on").split(",")).filter(code -> !code.isBlank())
                        .map(code -> Trigger.parse(code).orElseThrow()).toList(),
                ClockStatus.valueOf(rs.getString("status")), instant(rs, "started_at"), instant(rs, "warn_at"),
                instant(rs, "due_at"), instant(rs, "paused_at"), left, instant(rs, "warned_at"),
                instant(rs, "breached_at"), instant(rs, "stopped_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
