package com.estatecare.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.OpenDayView;
import com.estatecare.registry.ProjectView;

/** The SQL of open days and their sign-ups, and the rule of places applied under the day's lock. */
@Component
public class OpenDayRows {

    private static final String SELECT = """
            select d.id, d.project_id, d.title, d.place, d.starts_at, d.ends_at, d.capacity, d.company_id, d.scope_path,
                   (select count(*) from open_day_signup s where s.open_day_id = d.id and s.status = 'CONFIRMED')
                       as confirmed,
                   (select count(*) from open_day_signup s where s.open_day_id = d.id and s.status = 'WAITING')
                       as waiting,
                   (select count(*) from open_day_signup s where s.open_day_id = d.id and s.attended)
                       as attended,
                   (select s.status from open_day_signup s where s.open_day_id = d.id and s.customer_id = :customer)
                       as mine,
                   (select s.slot_id from open_day_signup s where s.open_day_id = d.id and s.customer_id = :customer)
                       as my_slot,
                   (select count(*) from open_day_signup m
                    join open_day_signup w on w.open_day_id = m.open_day_id and w.status = 'WAITING'
                                          and w.slot_id is not distinct from m.slot_id
                                          and (w.signed_at, w.id) <= (m.signed_at, m.id)
                    where m.open_day_id = d.id and m.customer_id = :customer and m.status = 'WAITING')
                       as my_position
            from open_day d
            """;
    private static final String SLOTS = """
            select t.id, t.open_day_id, t.starts_at, t.ends_at, t.capacity,
                   count(s.id) filter (where s.status = 'CONFIRMED') as confirmed,
                   count(s.id) filter (where s.status = 'WAITING') as waiting
            from open_day_slot t
            left join open_day_signup s on s.slot_id = t.id
            where t.open_day_id in (:days)
            group by t.id
            order by t.open_day_id, t.starts_at, t.id
            """;

    /** An open day with the company and branch it belongs to. */
    public record Day(OpenDayView view, long companyId, String scopePath) {
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

    /** The open days of these projects, soonest first, as {@code customer} sees them (-1: staff), with slots. */
    public List<OpenDayView> ofProjects(Collection<Long> projectIds, long customer) {
        return projectIds.isEmpty() ? List.of()
                : withSlots(jdbc.sql(SELECT
                        + " where d.project_id in (:projects) order by d.starts_at desc, d.id desc limit 100")
                        .param("projects", projectIds).param("customer", customer)
                        .query((rs, n) -> day(rs).view()).list());
    }

    /** The open day as {@code customer} sees it (-1: staff), unlocked. */
    public Optional<Day> get(long id, long customer) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).param("customer", customer)
                .query((rs, n) -> day(rs)).optional().map(this::withSlots);
    }

    /** The open day, locked: sign-ups of one day (in any of its slots) are decided one after the other. */
    public Optional<Day> locked(long id, long customer) {
        jdbc.sql("select id from open_day where id = :id for update").param("id", id).query(Long.class).optional();
        return get(id, customer);
    }

    public long insertSlot(long companyId, long dayId, Instant startsAt, Instant endsAt, int capacity) {
        return jdbc.sql("""
                insert into open_day_slot (company_id, open_day_id, starts_at, ends_at, capacity)
                values (:company, :day, :startsAt, :endsAt, :capacity)
                returning id""")
                .param("company", companyId).param("day", dayId).param("startsAt", Timestamp.from(startsAt))
                .param("endsAt", Timestamp.from(endsAt)).param("capacity", capacity).query(Long.class).single();
    }

    public void updateSlot(long slotId, Instant startsAt, Instant endsAt, int capacity) {
        jdbc.sql("""
                update open_day_slot set starts_at = :startsAt, ends_at = :endsAt, capacity = :capacity
                where id = :slot""")
                .param("startsAt", Timestamp.from(startsAt)).param("endsAt", Timestamp.from(endsAt))
                .param("capacity", capacity).param("slot", slotId).update();
    }

    /**
     * The slot removed; the sign-ups that named it (all cancelled by now) keep their history without it. Call under
     * the day's lock, after the holders are cancelled.
     */
    public void deleteSlot(long slotId) {
        jdbc.sql("update open_day_signup set slot_id = null where slot_id = :slot").param("slot", slotId).update();
        jdbc.sql("delete from open_day_slot where id = :slot").param("slot", slotId).update();
    }

    /** The owners holding a place of the slot or waiting for one: the confirmed as they signed up, then the line. */
    public List<SlotChangeRule.Holder> holders(long slotId) {
        return jdbc.sql("""
                select id, customer_id, status, signed_at from open_day_signup
                where slot_id = :slot and status in ('CONFIRMED', 'WAITING')
                order by case status when 'CONFIRMED' then 0 else 1 end, signed_at, id""")
                .param("slot", slotId)
                .query((rs, n) -> new SlotChangeRule.Holder(rs.getLong("id"), rs.getLong("customer_id"),
                        "CONFIRMED".equals(rs.getString("status")), rs.getTimestamp("signed_at").toInstant()))
                .list();
    }

    /** These sign-ups cancelled (a slot changed or removed under them). */
    public void cancelSignUps(Collection<Long> signUpIds) {
        if (!signUpIds.isEmpty()) {
            jdbc.sql("update open_day_signup set status = 'CANCELLED' where id in (:ids)").param("ids", signUpIds)
                    .update();
        }
    }

    /** Whether an owner holds or waits for a place of the day outside any slot. */
    public boolean hasSignUpsWithoutSlot(long dayId) {
        return jdbc.sql("""
                select exists (select 1 from open_day_signup where open_day_id = :day and slot_id is null
                               and status in ('CONFIRMED', 'WAITING'))""")
                .param("day", dayId).query(Boolean.class).single();
    }

    /**
     * Signs the customer up (or again, after a cancellation, or for another slot) with the policy's status, in the
     * slot given (null: the day has no slots).
     */
    public void signUp(long companyId, long dayId, Long slotId, long customer, SignUpPolicy.Status status,
            Instant at) {
        jdbc.sql("""
                insert into open_day_signup (company_id, open_day_id, slot_id, customer_id, status, signed_at)
                values (:company, :day, :slot, :customer, :status, :at)
                on conflict (company_id, open_day_id, customer_id) do update
                set status = excluded.status, signed_at = excluded.signed_at, slot_id = excluded.slot_id""")
                .param("company", companyId).param("day", dayId).param("slot", slotId).param("customer", customer)
                .param("status", status.name()).param("at", Timestamp.from(at)).update();
    }

    public void cancel(long dayId, long customer) {
        jdbc.sql("""
                update open_day_signup set status = 'CANCELLED' where open_day_id = :day and customer_id = :customer""")
                .param("day", dayId).param("customer", customer).update();
    }

    /**
     * The first owner waiting for the same slot (the day, without slots), in the order they signed up, takes the
     * freed place.
     */
    public void promoteFirstWaiting(long dayId, Long slotId) {
        jdbc.sql("""
                update open_day_signup set status = 'CONFIRMED'
                where id = (select id from open_day_signup where open_day_id = :day and status = 'WAITING'
                            and slot_id is not distinct from :slot
                            order by signed_at, id limit 1)""")
                .param("day", dayId).param("slot", slotId, java.sql.Types.BIGINT).update();
    }

    /** The first {@code count} owners waiting for the slot, in the order they signed up, take new places. */
    public void promoteWaiting(long slotId, int count) {
        if (count > 0) {
            jdbc.sql("""
                    update open_day_signup set status = 'CONFIRMED'
                    where id in (select id from open_day_signup where slot_id = :slot and status = 'WAITING'
                                 order by signed_at, id limit :count)""")
                    .param("slot", slotId).param("count", count).update();
        }
    }

    private Day withSlots(Day day) {
        return new Day(withSlots(List.of(day.view())).get(0), day.companyId(), day.scopePath());
    }

    private List<OpenDayView> withSlots(List<OpenDayView> days) {
        if (days.isEmpty()) {
            return days;
        }
        Map<Long, List<OpenDayView.Slot>> slots = new HashMap<>();
        jdbc.sql(SLOTS).param("days", days.stream().map(OpenDayView::id).toList()).query(rs -> {
            slots.computeIfAbsent(rs.getLong("open_day_id"), d -> new ArrayList<>()).add(new OpenDayView.Slot(
                    rs.getLong("id"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                    rs.getInt("capacity"), rs.getInt("confirmed"), rs.getInt("waiting")));
        });
        return days.stream().map(d -> d.withSlots(slots.getOrDefault(d.id(), List.of()))).toList();
    }

    private static Day day(ResultSet rs) throws SQLException {
        return new Day(new OpenDayView(rs.getLong("id"), rs.getLong("project_id"), rs.getString("title"),
                rs.getString("place"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("capacity"), rs.getInt("confirmed"), rs.getInt("waiting"), rs.getInt("attended"),
                rs.getString("mine"), rs.getInt("my_position") == 0 ? null : rs.getInt("my_position"),
                rs.getObject("my_slot", Long.class), List.of()),
                rs.getLong("company_id"), rs.getString("scope_path"));
    }
}
