package com.estatecare.delivery.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.OpenDaySignUp;
import com.estatecare.delivery.OpenDayView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;

/**
 * The staff's side of an open day (工地开放日): who signed up, in which order they wait, and who came
 * ({@link AttendanceRule}); the day is found only in the caller's branch or on the path above it.
 */
@Component
public class OpenDayAttendance {

    /** The most sign-ups one read returns: the largest capacity and as many waiting. */
    static final int MAX_SIGN_UPS = 4000;

    private final JdbcClient jdbc;
    private final OpenDayRows days;

    OpenDayAttendance(JdbcClient jdbc, OpenDayRows days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    /**
     * The day's sign-ups slot by slot (in the slots' order): confirmed first, then the slot's waiting line in its
     * order, then the cancelled.
     */
    public List<OpenDaySignUp> signUps(long dayId, CurrentUser user) {
        visible(dayId, user);
        return jdbc.sql("""
                select s.id, s.customer_id, c.name, s.slot_id, s.status, s.signed_at, s.attended, s.attendance_at,
                       s.attendance_by,
                       case when s.status = 'WAITING'
                            then (row_number() over (partition by s.status, s.slot_id order by s.signed_at, s.id))::int
                       end as position
                from open_day_signup s
                join customer c on c.id = s.customer_id
                left join open_day_slot t on t.id = s.slot_id
                where s.open_day_id = :day
                order by t.starts_at nulls first, s.slot_id nulls first,
                         case s.status when 'CONFIRMED' then 0 when 'WAITING' then 1 else 2 end, s.signed_at, s.id
                limit %d""".formatted(MAX_SIGN_UPS))
                .param("day", dayId)
                .query((rs, n) -> new OpenDaySignUp(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("name"),
                        rs.getObject("slot_id", Long.class), rs.getString("status"), rs.getObject("position", Integer.class),
                        rs.getTimestamp("signed_at").toInstant(), rs.getObject("attended", Boolean.class),
                        instant(rs.getTimestamp("attendance_at")), rs.getString("attendance_by")))
                .list();
    }

    /** Records whether a confirmed owner came, once the day has begun; recorded again, it is corrected. */
    public OpenDaySignUp record(long dayId, long signUpId, boolean attended, CurrentUser user, Instant now) {
        OpenDayView day = visible(dayId, user);
        String status = jdbc.sql("select status from open_day_signup where id = :id and open_day_id = :day")
                .param("id", signUpId).param("day", dayId).query(String.class).optional()
                .orElseThrow(() -> DomainException.notFound("sign-up"));
        AttendanceRule.check(status, day.startsAt(), now);
        jdbc.sql("""
                update open_day_signup set attended = :attended, attendance_at = :at, attendance_by = :by
                where id = :id""")
                .param("attended", attended).param("at", Timestamp.from(now)).param("by", user.displayName())
                .param("id", signUpId).update();
        return signUps(dayId, user).stream().filter(s -> s.id() == signUpId).findFirst().orElseThrow();
    }

    /** The day, if staff of its project's branch, or of a node below or above it, may see it; else a 404. */
    public OpenDayView visible(long dayId, CurrentUser user) {
        VisibleTo visible = VisibleTo.branchOrAbove(user, "scope_path");
        Optional<Long> found = user.isOwner() ? Optional.empty()
                : jdbc.sql("select id from open_day where id = :id and " + visible.sql())
                        .param("id", dayId).params(visible.params()).query(Long.class).optional();
        return found.flatMap(id -> days.get(id, -1)).map(OpenDayRows.Day::view)
                .orElseThrow(() -> DomainException.notFound("open-day"));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
