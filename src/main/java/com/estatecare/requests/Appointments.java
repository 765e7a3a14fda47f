package com.estatecare.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * 派工看板 — what the dispatch board and an engineer's day read: the repair
 * visits (预约, the agreed repair plan's {@code scheduledAt}) in a bounded
 * range, the repairs handed to somebody that have no visit yet, and those
 * waiting for dispatch, each with the steps the caller may take on it now. Staff only; scoped to the caller's
 * branch of the organisation ({@link VisibleTo}); at most {@value #MAX_ROWS}
 * rows of each list, the answer says when there were more.
 */
@Service
public class Appointments {

    /** The most rows of each list one read returns. */
    public static final int MAX_ROWS = 500;

    /** A visit, or a repair waiting for one: where to go, whom to meet (phone masked), and what may be done now. */
    @Schema(name = "Appointment")
    public record Appointment(long id, String number, RequestKind kind, RequestStatus status, Category category,
            boolean emergency, Long projectId, String unit, String address, String locationInUnit,
            String customerName, String reporterName, String reporterPhone, String description, Long assigneeId,
            String assigneeName, String department, Instant scheduledAt, String workers, Instant receivedAt,
            long version, List<String> allowedActions) {

        Appointment withAddress(String projectAddress) {
            return new Appointment(id, number, kind, status, category, emergency, projectId, unit, projectAddress,
                    locationInUnit, customerName, reporterName, reporterPhone, description, assigneeId, assigneeName,
                    department, scheduledAt, workers, receivedAt, version, allowedActions);
        }
    }

    /**
     * The board: the visits from {@code from} to {@code to}, by time; the repairs handed to a person and not
     * yet planned, oldest first; the repairs nobody has yet (received or classified, neither a person nor a
     * department), emergencies first; and whether a list was cut at {@value #MAX_ROWS} rows.
     */
    @Schema(name = "AppointmentBoard")
    public record Board(Instant from, Instant to, List<Appointment> appointments, List<Appointment> awaitingAppointment,
            List<Appointment> waitingForDispatch, boolean truncated) {
    }

    private static final String COLUMNS = """
            select r.id, r.number, r.kind, r.status, r.category, r.emergency, r.project_id, r.unit_label,
                   r.location_in_unit, r.customer_name, r.reporter_name, r.reporter_phone, r.description, r.assignee_id,
                   r.assignee_name, r.department, r.plan_scheduled_at, r.plan_workers, r.received_at, r.version
            from request r""";

    /** How long a visit is taken to last when looking for clashes (the board draws it an hour long too). */
    static final java.time.Duration VISIT = java.time.Duration.ofHours(1);
    /** The most clashing visits one move reports. */
    private static final int MAX_CONFLICTS = 10;

    private final JdbcClient jdbc;
    private final Registry registry;
    private final BusinessCalendar calendar;

    Appointments(JdbcClient jdbc, Registry registry, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.calendar = calendar;
    }

    /**
     * What a visit of {@code request} at {@code at} with {@code assigneeId} runs into: the engineer's other
     * agreed visits less than {@link #VISIT} before or after it (the number only of those {@code user} may
     * see), and the day when it is not a working day on the company's business calendar.
     */
    List<ScheduleConflict> conflicts(Request request, Long assigneeId, Instant at, CurrentUser user) {
        List<ScheduleConflict> found = new java.util.ArrayList<>();
        if (assigneeId != null) {
            found.addAll(jdbc.sql("""
                    select r.id, r.number, r.plan_scheduled_at, r.scope_path
                    from request r
                    where r.company_id = :company and r.assignee_id = :assignee and r.id <> :id
                      and r.status = :planned and r.plan_scheduled_at > :from and r.plan_scheduled_at < :to
                    order by r.plan_scheduled_at, r.id
                    limit :limit""")
                    .param("company", request.companyId).param("assignee", assigneeId).param("id", request.id)
                    .param("planned", RequestStatus.PLAN_AGREED.name())
                    .param("from", Timestamp.from(at.minus(VISIT))).param("to", Timestamp.from(at.plus(VISIT)))
                    .param("limit", MAX_CONFLICTS)
                    .query((rs, n) -> user.covers(rs.getString("scope_path"))
                            ? ScheduleConflict.visit(rs.getLong("id"), rs.getString("number"), instant(rs, "plan_scheduled_at"))
                            : new ScheduleConflict(ScheduleConflict.Kind.VISIT, null, null, instant(rs, "plan_scheduled_at"), null))
                    .list());
        }
        if (!calendar.isWorkingDay(request.companyId, at)) {
            found.add(ScheduleConflict.dayOff(calendar.dayOf(request.companyId, at)));
        }
        return found;
    }

    /**
     * The board in {@code range}, as {@code user} may see it; of one assignee when {@code assigneeId} is given
     * (then nothing waits for dispatch: that list is of requests nobody has).
     */
    public Board board(AppointmentRange range, Long assigneeId, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "r.scope_path");
        String byAssignee = assigneeId == null ? "" : " and r.assignee_id = :assignee";
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("from", Timestamp.from(range.from()));
        params.put("to", Timestamp.from(range.to()));
        params.put("assignee", assigneeId == null ? -1L : assigneeId);
        params.put("cancelled", RequestStatus.CANCELLED.name());
        params.put("repair", RequestKind.REPAIR.name());
        params.put("unplanned", List.of(RequestStatus.DISPATCHED.name(), RequestStatus.RESPONDED.name()));
        params.put("undispatched", List.of(RequestStatus.RECEIVED.name(), RequestStatus.CLASSIFIED.name()));
        params.put("limit", MAX_ROWS + 1);
        List<Appointment> visits = rows("""
                where r.plan_scheduled_at >= :from and r.plan_scheduled_at < :to and r.status <> :cancelled and %s%s
                order by r.plan_scheduled_at, r.id limit :limit""".formatted(visible.sql(), byAssignee), params, user);
        List<Appointment> awaiting = rows("""
                where r.kind = :repair and r.status in (:unplanned) and r.assignee_id is not null and %s%s
                order by r.received_at, r.id limit :limit""".formatted(visible.sql(), byAssignee), params, user);
        List<Appointment> undispatched = assigneeId != null ? List.of() : rows("""
                where r.kind = :repair and r.status in (:undispatched) and r.assignee_id is null
                  and r.department is null and %s
                order by r.emergency desc, r.received_at, r.id limit :limit""".formatted(visible.sql()), params, user);
        boolean truncated = visits.size() > MAX_ROWS || awaiting.size() > MAX_ROWS || undispatched.size() > MAX_ROWS;
        Map<Long, Optional<String>> addresses = new HashMap<>();
        return new Board(range.from(), range.to(), withAddresses(visits, addresses),
                withAddresses(awaiting, addresses), withAddresses(undispatched, addresses), truncated);
    }

    private List<Appointment> rows(String where, Map<String, Object> params, CurrentUser user) {
        return jdbc.sql(COLUMNS + "\n" + where).params(params).query((rs, n) -> row(rs, user)).list();
    }

    /** The first {@value #MAX_ROWS} rows with their project's address, read once per project. */
    private List<Appointment> withAddresses(List<Appointment> rows, Map<Long, Optional<String>> addresses) {
        return rows.stream().limit(MAX_ROWS).map(a -> a.projectId() == null ? a : a.withAddress(addresses
                .computeIfAbsent(a.projectId(), id -> registry.project(id).map(ProjectView::address)).orElse(null)))
                .toList();
    }

    private static Appointment row(ResultSet rs, CurrentUser user) throws SQLException {
        RequestKind kind = RequestKind.valueOf(rs.getString("kind"));
        RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
        String category = rs.getString("category");
        return new Appointment(rs.getLong("id"), rs.getString("number"), kind, status,
                category == null ? null : Category.valueOf(category), rs.getBoolean("emergency"),
                rs.getObject("project_id", Long.class), rs.getString("unit_label"), null, rs.getString("location_in_unit"), rs.getString("customer_name"),
                rs.getString("reporter_name"), PhoneNumber.mask(rs.getString("reporter_phone")),
                rs.getString("description"), rs.getObject("assignee_id", Long.class), rs.getString("assignee_name"),
                rs.getString("department"), instant(rs, "plan_scheduled_at"), rs.getString("plan_workers"),
                instant(rs, "received_at"), rs.getLong("version"),
                Lifecycle.allowed(kind, status, user).stream().map(Action::pathName).toList());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
