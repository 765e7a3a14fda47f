package com.estatecare.timelimits.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.timelimits.ClockStatus;

/**
 * The clocks' queues of the workbench: the open clocks (not stopped) in the
 * caller's scope, in a given state as a person reads it now, soonest due
 * first, a page at a time. A clock carries its request's number and scope
 * path, so that the queue reads only this module's table; the workbench then
 * fetches the rows of those requests from the request list ({@code ids=}).
 */
@Component
public class ClockQueue {

    /** The states a queue can show: those of clocks still open. */
    public static final Set<ClockStatus> OPEN_STATES = ClockStatus.open();
    /** At most this many request ids in one call (one page of the workbench's list). */
    public static final int MAX_REQUEST_IDS = 100;

    /** One open clock in a queue: its request, its limit, where it stands now. */
    public record QueuedClock(long requestId, String requestNumber, String limit, String name, ClockStatus state,
            Instant startedAt, Instant warnAt, Instant dueAt, Long remainingSeconds, boolean workingTime) {
    }

    /**
     * What to list: clocks in any of {@code states} (all open states when empty), due before
     * {@code dueBefore} if given, of the requests {@code requestIds} if given.
     */
    public record Filter(Set<ClockStatus> states, Instant dueBefore, List<Long> requestIds) {

        public Filter {
            states = states == null || states.isEmpty() ? OPEN_STATES : EnumSet.copyOf(states);
            requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
            if (!OPEN_STATES.containsAll(states)) {
                throw DomainException.invalidField("state", "one-of", "RUNNING, WARNING, BREACHED, PAUSED");
            }
            if (requestIds.size() > MAX_REQUEST_IDS) {
                throw DomainException.invalidField("requestIds", "max-items", MAX_REQUEST_IDS);
            }
        }
    }

    private final JdbcClient jdbc;
    private final BusinessCalendar calendar;
    private final Clock clock;

    ClockQueue(JdbcClient jdbc, BusinessCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A page of the queue, soonest due first; the cursor carries the last clock's due time and id. */
    @Transactional(readOnly = true)
    public CursorPage<QueuedClock> page(Filter filter, String cursor, int limit, CurrentUser user) {
        Instant now = clock.instant();
        DueCursor after = DueCursor.decode(cursor);
        VisibleTo visible = VisibleTo.sql(user, "c.scope_path");
        StringBuilder sql = new StringBuilder("select c.request_number, ").append(ClockStore.COLUMNS)
                .append(" from time_limit_clock c where c.stopped_at is null and ").append(visible.sql());
        Map<String, Object> p = new HashMap<>(visible.params());
        if (user.companyId() != null) {
            sql.append(" and c.company_id = :company");
            p.put("company", user.companyId());
        }
        sql.append(" and (").append(String.join(" or ", filter.states().stream().map(ClockQueue::condition).toList()))
                .append(")");
        p.put("now", Timestamp.from(now));
        if (filter.dueBefore() != null) {
            sql.append(" and c.due_at < :dueBefore");
            p.put("dueBefore", Timestamp.from(filter.dueBefore()));
        }
        if (!filter.requestIds().isEmpty()) {
            sql.append(" and c.request_id in (:requestIds)");
            p.put("requestIds", filter.requestIds());
        }
        if (after != null) {
            sql.append(" and (c.due_at, c.id) > (:afterDue, :afterId)");
            p.put("afterDue", Timestamp.from(after.dueAt()));
            p.put("afterId", after.id());
        }
        sql.append(" order by c.due_at, c.id limit ").append(limit + 1);
        List<Row> rows = jdbc.sql(sql.toString()).params(p)
                .query((rs, n) -> new Row(rs.getString("request_number"), ClockStore.map(rs, n))).list();
        List<QueuedClock> items = new ArrayList<>();
        for (Row row : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(queued(row, now));
        }
        String next = null;
        if (rows.size() > limit) {
            TimeLimitClock last = rows.get(limit - 1).clock();
            next = new DueCursor(last.dueAt(), last.id()).encode();
        }
        return new CursorPage<>(items, next);
    }

    /** The SQL of "in this state at :now", as {@link TimeLimitClock#statusAt} reads it, for an open clock. */
    static String condition(ClockStatus state) {
        return switch (state) {
            case RUNNING -> "(c.status = 'RUNNING' and c.warn_at > :now)";
            case WARNING -> "(c.status in ('RUNNING', 'WARNING') and c.warn_at <= :now and c.due_at > :now)";
            case BREACHED -> "(c.status in ('RUNNING', 'WARNING', 'BREACHED') and c.due_at <= :now)";
            case PAUSED -> "(c.status = 'PAUSED')";
            default -> throw new IllegalArgumentException("not an open state: " + state);
        };
    }

    private QueuedClock queued(Row row, Instant now) {
        TimeLimitClock c = row.clock();
        ClockTime time = c.workingTime() ? ClockTime.working(calendar, c.companyId()) : ClockTime.CALENDAR;
        ClockStatus state = c.statusAt(now);
        Duration remaining = state == ClockStatus.BREACHED ? null : c.remainingAt(now, time);
        return new QueuedClock(c.requestId(), row.number(), c.limitKey(), c.limitName(), state,
                c.startedAt(), c.warnAt(), c.dueAt(), remaining == null ? null : remaining.toSeconds(),
                c.workingTime());
    }

    private record Row(String number, TimeLimitClock clock) {
    }
}
