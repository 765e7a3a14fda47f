package com.estatecare.sales.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.policies.Policies;
import com.estatecare.registry.Registry;
import com.estatecare.sales.DealStatus;
import com.estatecare.sales.PaymentDue;
import com.estatecare.sales.PaymentReminderPolicy;

/**
 * 付款提醒: the instalments due within the policy's days ({@link PaymentReminderRule}) and not paid are announced as
 * {@link PaymentDue}, once per instalment and due day. The key is taken first ({@code sales_payment_reminder},
 * unique) in the transaction that publishes the event (kept by the event publication registry until delivered): a
 * second instance sweeping at the same moment waits on it and then skips, a sweep after a restart finds it taken.
 */
@Component
public class PaymentReminders {

    private record Open(long instalmentId, long companyId, String scopePath, long customerId, long dealId,
            long unitId, DealStatus status, int seq, LocalDate dueOn, long amountFen, long paidFen, boolean schedulePaid) {
    }

    private final JdbcClient jdbc;
    private final Policies policies;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    public PaymentReminders(JdbcClient jdbc, Policies policies, Registry registry, ApplicationEventPublisher events,
            Clock clock, @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /** Announces the reminders due today; returns how many instalments were reminded now. */
    @Transactional
    public int sweep() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<Open> open = jdbc.sql("""
                select i.id, i.company_id, d.scope_path, d.customer_id, d.id as deal_id, d.unit_id, d.status, i.seq,
                       i.due_on,
                       i.amount_fen, i.paid_fen,
                       not exists (select 1 from sales_instalment o where o.deal_id = d.id
                                   and o.paid_fen < o.amount_fen) as schedule_paid
                from sales_instalment i join sales_deal d on d.id = i.deal_id
                where i.paid_fen < i.amount_fen and i.due_on between :today and :latest
                  and d.status in ('CONTRACTED', 'HANDED_OVER') -- an ended deal is never reminded (the rule)
                  and not exists (select 1 from sales_payment_reminder r where r.instalment_id = i.id
                                  and r.due_on = i.due_on and r.company_id = i.company_id)
                order by i.due_on, i.id limit 1000""")
                .param("today", Date.valueOf(today))
                .param("latest", Date.valueOf(today.plusDays(PaymentReminderPolicyDefinition.MAX_DAYS)))
                .query((rs, n) -> new Open(rs.getLong("id"), rs.getLong("company_id"), rs.getString("scope_path"),
                        rs.getLong("customer_id"), rs.getLong("deal_id"), rs.getLong("unit_id"),
                        DealStatus.valueOf(rs.getString("status")), rs.getInt("seq"),
                        rs.getDate("due_on").toLocalDate(), rs.getLong("amount_fen"), rs.getLong("paid_fen"),
                        rs.getBoolean("schedule_paid")))
                .list();
        int sent = 0;
        for (Open instalment : open) {
            PaymentReminderPolicy policy = policies.current(PaymentReminderPolicy.class, instalment.companyId())
                    .policy();
            if (PaymentReminderRule.decide(instalment.status(), instalment.dueOn(), instalment.amountFen(), instalment.paidFen(),
                    instalment.schedulePaid(), today, policy) == PaymentReminderRule.Decision.REMIND
                    && take(instalment)) {
                events.publishEvent(new PaymentDue(instalment.companyId(), instalment.scopePath(),
                        instalment.customerId(), instalment.dealId(), instalment.instalmentId(), instalment.seq(),
                        instalment.dueOn(), instalment.amountFen() - instalment.paidFen(),
                        registry.unit(instalment.unitId()).map(Registry::label).orElse("")));
                sent++;
            }
        }
        return sent;
    }

    /** Takes the key of this reminder; false when another sweep, now or before a restart, took it. */
    private boolean take(Open instalment) {
        return jdbc.sql("""
                insert into sales_payment_reminder (company_id, instalment_id, due_on, sent_at)
                values (:company, :instalment, :due, :at)
                on conflict (instalment_id, due_on, company_id) do nothing""")
                .param("company", instalment.companyId()).param("instalment", instalment.instalmentId())
                .param("due", Date.valueOf(instalment.dueOn())).param("at", Timestamp.from(clock.instant()))
                .update() == 1;
    }
}
