package com.estatecare.warranty.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.policies.Policies;
import com.estatecare.warranty.Certificate;
import com.estatecare.warranty.ReminderPolicy;
import com.estatecare.warranty.WarrantyEnding;
import com.estatecare.warranty.WarrantyPeriod;
import com.estatecare.warranty.WarrantyState;

/**
 * 温馨提示 (SPEC §8): once a component's warranty is within the reminder policy's months of its last day, the
 * sweep publishes {@link WarrantyEnding} with the accounts of the unit's owners, once per unit, component and last
 * day; the notifications module puts it in their inboxes. The key is taken first ({@code warranty_reminder},
 * unique) in the transaction that publishes the event (kept by the event publication registry until delivered):
 * a second instance sweeping at the same time waits on it and then skips, and a sweep after a restart finds it
 * taken.
 */
@Component
class WarrantyReminders {

    /** How many days around the window the query reads, for month arithmetic at month ends; filtered exactly. */
    private static final int SLACK_DAYS = 4;

    private record Handover(long unitId, long companyId, LocalDate on) {
    }

    private final JdbcClient jdbc;
    private final CertificateStore certificates;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    WarrantyReminders(JdbcClient jdbc, CertificateStore certificates, Policies policies,
            ApplicationEventPublisher events, Clock clock,
            @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /** Sends the reminders due today; returns how many unit and component pairs were reminded now. */
    @Transactional
    int sweep() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        int sent = 0;
        for (Map<String, Object> project : jdbc.sql("""
                select distinct project_id, company_id from unit where delivered_on is not null order by project_id""")
                .query().listOfRows()) {
            long projectId = ((Number) project.get("project_id")).longValue();
            long companyId = ((Number) project.get("company_id")).longValue();
            ReminderPolicy policy = policies.current(ReminderPolicy.class, companyId).policy();
            Certificate certificate = certificates.current(projectId, companyId);
            for (Certificate.Period period : certificate.periods()) {
                if (period.months() != null) {
                    sent += remind(projectId, period, policy, today);
                }
            }
        }
        return sent;
    }

    /** The units of the project whose warranty of this component ends within the policy's window today. */
    private int remind(long projectId, Certificate.Period period, ReminderPolicy policy, LocalDate today) {
        WarrantyPeriod warranty = new WarrantyPeriod(period.months());
        LocalDate from = today.minusMonths(period.months()).minusDays(SLACK_DAYS);
        LocalDate to = today.plus(policy.remindBefore()).minusMonths(period.months()).plusDays(SLACK_DAYS);
        List<Handover> due = jdbc.sql("""
                select id, company_id, delivered_on from unit
                where project_id = :project and delivered_on between :from and :to""")
                .param("project", projectId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, row) -> new Handover(rs.getLong("id"), rs.getLong("company_id"),
                        rs.getDate("delivered_on").toLocalDate()))
                .list().stream()
                .filter(h -> warranty.state(h.on(), today, policy.remindBefore()) == WarrantyState.ENDING_SOON)
                .toList();
        int sent = 0;
        for (Handover unit : due) {
            LocalDate last = warranty.lastDay(unit.on());
            if (take(unit, period.componentCode(), last)) {
                events.publishEvent(new WarrantyEnding(unit.companyId(), unit.unitId(), period.componentCode(), last,
                        ownerAccounts(unit.unitId()), owners(unit.unitId())));
                sent++;
            }
        }
        return sent;
    }

    /** Takes the key of this reminder; false when another sweep, now or before a restart, took it. */
    private boolean take(Handover unit, String component, LocalDate last) {
        return jdbc.sql("""
                insert into warranty_reminder (company_id, unit_id, component_code, ends_on, sent_at)
                values (:company, :unit, :component, :ends, :at)
                on conflict (company_id, unit_id, component_code, ends_on) do nothing""")
                .param("company", unit.companyId()).param("unit", unit.unitId()).param("component", component)
                .param("ends", Date.valueOf(last)).param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    /** The enabled portal accounts of the unit's owners and co-owners. */
    /** The unit's owners and co-owners. */
    private List<Long> owners(long unitId) {
        return jdbc.sql("select distinct o.customer_id from ownership o where o.unit_id = :unit order by 1")
                .param("unit", unitId).query(Long.class).list();
    }

    private List<Long> ownerAccounts(long unitId) {
        return jdbc.sql("""
                select a.id from ownership o join account a on a.customer_id = o.customer_id
                where o.unit_id = :unit and a.enabled order by a.id""")
                .param("unit", unitId).query(Long.class).list().stream().distinct().collect(Collectors.toList());
    }
}
