package com.estatecare.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.OpenDayView;
import com.estatecare.registry.ProjectView;

/** The SQL of open days and their sign-ups, and the rule of places applied under the day's lock. */
@Component
public class OpenDayRows {

    private static final String SELECT = """
            select d.id, d.project_id, d.title, d.place, d.starts_at, d.ends_at, d.capacity, d.company_id,
                   (select count(*) from open_day_signup s where s.open_day_id = d.id and s.status = 'CONFIRMED')
                       as confirmed,
                   (select count(*) from open_day_signup s where s.open_day_id = d.id and s.status = 'WAITING')
                       as waiting,
                   (select count(*) from open_day_signup s where s.open_day_id = d.id and s.attended)
                       as attended,
                   (select s.status from open_day_signup s where s.open_day_id = d.id and s.customer_id = :customer)
                       as mine,
                   (select count(*) from open_day_signup m
                    join open_day_signup w on w.open_day_id = m.open_day_id and w.status = 'WAITING'
                                          and (w.signed_at, w.id) <= (m.signed_at, m.id)
                    where m.open_day_id = d.id and m.customer_id = :customer and m.status = 'WAITING')
                       as my_position
            from open_day d
            """;

    /** An open day with the company it belongs to. */
    public record Day(OpenDayView view, long companyId) {
    }

    private final JdbcClient jdbc;

    OpenDayRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(ProjectView project, String title, String place, Instant startsAt, Instant endsAt,
            int capacity, String by, Instant now) {
        return jdbc.sql("""
                insert into open_day (company_id, project_id, scope_path, title, place, starts_at, ends_at, capacity,
                                      created_by, created_at)
                values (:company, :project, :scope, :title, :place, :startsAt, :endsAt, :capacity, :by, :now)
                returning id""")
                .param("company", project.companyId()).param("project", project.id())
                .param("scope", project.scopePath()).param("title", title).param("place", place)
                .param("startsAt", Timestamp.from(startsAt))
                .param("endsAt", Timestamp.from(endsAt)).param("capacity", capacity).param("by", by)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** The open days of these projects, soonest first, as {@code customer} sees them (-1: staff). */
    public List<OpenDayView> ofProjects(Collection<Long> projectIds, long customer) {
        return projectIds.isEmpty() ? List.of()
                : jdbc.sql(SELECT + " where d.project_id in (:projects) order by d.starts_at desc, d.id desc limit 100")
                        .param("projects", projectIds).param("customer", customer)
                        .query((rs, n) -> day(rs).view()).list();
    }

    /** The open day as {@code customer} sees it (-1: staff), unlocked. */
    public Optional<Day> get(long id, long customer) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).param("customer", customer)
                .query((rs, n) -> day(rs)).optional();
    }

    /** The open day, locked: sign-ups of one day are decided one after the other. */
    public Optional<Day> locked(long id, long customer) {
        jdbc.sql("select id from open_day where id = :id for update").param("id", id).query(Long.class).optional();
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).param("customer", customer)
                .query((rs, n) -> day(rs)).optional();
    }

    /** Signs the customer up (or again, after a cancellation) with the policy's status. */
    public void signUp(long companyId, long dayId, long customer, SignUpPolicy.Status status, Instant at) {
        jdbc.sql("""
                insert into open_day_signup (company_id, open_day_id, customer_id, status, signed_at)
                values (:company, :day, :customer, :status, :at)
                on conflict (company_id, open_day_id, customer_id) do update
                set status = excluded.status, signed_at = excluded.signed_at""")
                .param("company", companyId).param("day", dayId).param("customer", customer)
                .param("status", status.name()).param("at", Timestamp.from(at)).update();
    }

    public void cancel(long dayId, long customer) {
        jdbc.sql("""
                update open_day_signup set status = 'CANCELLED' where open_day_id = :day and customer_id = :customer""")
                .param("day", dayId).param("customer", customer).update();
    }

    /** The first owner waiting, in the order they signed up, takes the freed place. */
    public void promoteFirstWaiting(long dayId) {
        jdbc.sql("""
                update open_day_signup set status = 'CONFIRMED'
                where id = (select id from open_day_signup where open_day_id = :day and status = 'WAITING'
                            order by signed_at, id limit 1)""")
                .param("day", dayId).update();
    }

    private static Day day(ResultSet rs) throws SQLException {
        return new Day(new OpenDayView(rs.getLong("id"), rs.getLong("project_id"), rs.getString("title"),
                rs.getString("place"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("capacity"), rs.getInt("confirmed"), rs.getInt("waiting"), rs.getInt("attended"),
                rs.getString("mine"), rs.getInt("my_position") == 0 ? null : rs.getInt("my_position")),
                rs.getLong("company_id"));
    }
}
