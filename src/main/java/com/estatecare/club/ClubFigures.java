package com.estatecare.club;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The club's figures for the monthly and quarterly report (客户会), over its own tables, under a branch: members at
 * the period's end and new in it, activities held in it with their confirmed sign-ups and attendance, points earned
 * and redeemed in it.
 */
@Component
public class ClubFigures {

    /** The club in a period; {@code signedUp} and {@code attended} are of the activities held in it. */
    public record Period(long members, long newMembers, long activitiesHeld, long signedUp, long attended,
            long pointsEarned, long pointsRedeemed) {
    }

    private final JdbcClient jdbc;

    ClubFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Period in(ReportPeriod period, String scopePath) {
        VisibleTo members = VisibleTo.branch(scopePath, "m.scope_path");
        VisibleTo activities = VisibleTo.branch(scopePath, "a.scope_path");
        long[] joined = jdbc.sql("""
                select count(*) filter (where m.joined_at < :end and (m.status = 'ACTIVE' or m.left_at >= :end)),
                       count(*) filter (where m.joined_at >= :start and m.joined_at < :end)
                from club_member m where %s""".formatted(members.sql()))
                .params(members.params()).params(period.params())
                .query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
        long[] held = jdbc.sql("""
                select count(distinct a.id),
                       count(s.id) filter (where s.status = 'CONFIRMED'),
                       count(s.id) filter (where s.attended_at is not null)
                from club_activity a left join club_activity_signup s on s.activity_id = a.id
                where %s and a.status in ('HELD', 'SUMMARISED') and a.starts_at >= :start and a.starts_at < :end"""
                .formatted(activities.sql()))
                .params(activities.params()).params(period.params())
                .query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
        long[] points = jdbc.sql("""
                select coalesce(sum(e.points) filter (where e.kind = 'EARN'), 0),
                       coalesce(-sum(e.points) filter (where e.kind = 'REDEEM'), 0)
                from club_points_entry e join club_member m on m.id = e.member_id
                where %s and e.at >= :start and e.at < :end""".formatted(members.sql()))
                .params(members.params()).params(period.params())
                .query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
        return new Period(joined[0], joined[1], held[0], held[1], held[2], points[0], points[1]);
    }
}
