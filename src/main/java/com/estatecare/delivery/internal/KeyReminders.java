package com.estatecare.delivery.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.delivery.DeliveryPolicy;
import com.estatecare.delivery.KeysNotCollected;
import com.estatecare.policies.Policies;

/**
 * 未收房 (SPEC §9: owners who have not taken their keys are reminded): a unit whose inspection appointment is past
 * and which has no handover date yet is awaiting its keys; its owners are reminded once per period of the policy's
 * days since the appointment day ({@link KeyReminderPeriod}). The key ({@code delivery_key_reminder}, unique) is
 * taken in the transaction that publishes {@link KeysNotCollected}, as the warranty reminders do: a second instance
 * sweeping at the same time waits on it and skips, a sweep after a restart finds it taken.
 */
@Component
class KeyReminders {

    private record Awaiting(long companyId, long unitId, String unit, LocalDate appointedOn) {
    }

    private final JdbcClient jdbc;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    KeyReminders(JdbcClient jdbc, Policies policies, ApplicationEventPublisher events, Clock clock,
            @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /** Sends the reminders due now; returns how many units were reminded. */
    @Transactional
    int sweep() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        int sent = 0;
        for (Awaiting unit : awaiting()) {
            int days = policies.current(DeliveryPolicy.class, unit.companyId()).policy().keyReminderDays();
            int period = KeyReminderPeriod.of(unit.appointedOn(), today, days);
            if (take(unit, period)) {
                events.publishEvent(new KeysNotCollected(unit.companyId(), unit.unitId(), unit.unit(), period,
                        ownerAccounts(unit.unitId()), owners(unit.unitId())));
                sent++;
            }
        }
        return sent;
    }

    /** Units whose appointment is past and whose keys are not handed over, with the appointment's day. */
    private List<Awaiting> awaiting() {
        return jdbc.sql("""
                select i.company_id, i.unit_id, i.appointed_at, p.name as project, b.name as building, u.unit_no
                from delivery_inspection i
                join unit u on u.id = i.unit_id
                join building b on b.id = u.building_id
                join project p on p.id = i.project_id
                where i.appointed_at <= :now and u.delivered_on is null
                order by i.unit_id""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Awaiting(rs.getLong("company_id"), rs.getLong("unit_id"),
                        rs.getString("project") + " " + rs.getString("building") + " " + rs.getString("unit_no"),
                        rs.getTimestamp("appointed_at").toInstant().atZone(zone).toLocalDate())).list();
    }

    private boolean take(Awaiting unit, int period) {
        return jdbc.sql("""
                insert into delivery_key_reminder (company_id, unit_id, period, sent_at)
                values (:company, :unit, :period, :at)
                on conflict (company_id, unit_id, period) do nothing""")
                .param("company", unit.companyId()).param("unit", unit.unitId()).param("period", period)
                .param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    /** The enabled portal accounts of the unit's owners and co-owners. */
    private List<Long> ownerAccounts(long unitId) {
        return jdbc.sql("""
                select distinct a.id from ownership o join account a on a.customer_id = o.customer_id
                where o.unit_id = :unit and a.enabled order by a.id""")
                .param("unit", unitId).query(Long.class).list();
    }

    /** The unit's owners and co-owners. */
    private List<Long> owners(long unitId) {
        return jdbc.sql("select distinct o.customer_id from ownership o where o.unit_id = :unit order by 1")
                .param("unit", unitId).query(Long.class).list();
    }

    /** Which reminder period today falls in: the days since the appointment day, in whole periods. */
    static final class KeyReminderPeriod {
        private KeyReminderPeriod() {
        }

        static int of(LocalDate appointedOn, LocalDate today, int days) {
            return (int) Math.max(0, ChronoUnit.DAYS.between(appointedOn, today) / days);
        }
    }
}
