package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.calendar.CalendarDays;
import com.estatecare.calendar.DayKind;
import com.estatecare.club.ClubGreetingDue;
import com.estatecare.platform.Rows;
import com.estatecare.policies.Policies;

/**
 * 会员关怀: each day the sweep greets the active members who want greetings — on their birthday, and on the first day
 * of a holiday the greeting policy names — by publishing {@link ClubGreetingDue}, which {@code notifications} sends.
 * The key of each greeting ({@code club_greeting}: member, occasion, day; unique) is taken first in the transaction
 * that publishes it (kept by the event publication registry until delivered): a second instance sweeping at the same
 * time waits on it and then skips, and a sweep after a restart finds it taken.
 */
@Component
class Greetings {

    private final JdbcClient jdbc;
    private final Policies policies;
    private final CalendarDays calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");

    Greetings(JdbcClient jdbc, Policies policies, CalendarDays calendar, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.calendar = calendar;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Greets today's members, one company per transaction; returns how many greetings were published now. */
    int sweep() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        int sent = 0;
        for (long company : jdbc.sql("select distinct company_id from club_member where status = 'ACTIVE' order by 1")
                .query(Long.class).list()) {
            Integer published = transactions.execute(status -> greet(company, today));
            sent += published == null ? 0 : published;
        }
        return sent;
    }

    private int greet(long companyId, LocalDate today) {
        GreetingPolicy policy = policies.current(GreetingPolicy.class, companyId).policy();
        int sent = 0;
        if (policy.birthdays()) {
            List<String> days = new ArrayList<>(List.of(String.format("%02d-%02d", today.getMonthValue(),
                    today.getDayOfMonth())));
            if (today.getMonthValue() == 2 && today.getDayOfMonth() == 28 && !today.isLeapYear()) {
                days.add("02-29");
            }
            for (MemberRow member : jdbc.sql("select " + MemberRow.COLUMNS + " from club_member" + """
                     where company_id = :c and status = 'ACTIVE' and greetings
                    and birthday is not null and to_char(birthday, 'MM-DD') in (:days) order by id""")
                    .param("c", companyId).param("days", days).query(Rows.of(MemberRow.class)).list()) {
                if (GreetingRule.birthday(policy, member.birthday(), today)) {
                    sent += publish(member, "BIRTHDAY", null, today);
                }
            }
        }
        Optional<String> holiday = GreetingRule.holiday(policy, holidays(companyId, today), today);
        if (holiday.isPresent()) {
            for (MemberRow member : jdbc.sql("select " + MemberRow.COLUMNS
                    + " from club_member where company_id = :c and status = 'ACTIVE' and greetings order by id")
                    .param("c", companyId).query(Rows.of(MemberRow.class)).list()) {
                sent += publish(member, "HOLIDAY", holiday.get(), today);
            }
        }
        return sent;
    }

    /** The named holidays of today's year and the day before's, by day. */
    private Map<LocalDate, String> holidays(long companyId, LocalDate today) {
        Map<LocalDate, String> days = new HashMap<>();
        for (int year : new int[] { today.minusDays(1).getYear(), today.getYear() }) {
            calendar.year(companyId, year).stream().filter(d -> d.kind() == DayKind.HOLIDAY && d.name() != null)
                    .forEach(d -> days.put(d.date(), d.name()));
        }
        return days;
    }

    private int publish(MemberRow member, String occasion, String holiday, LocalDate today) {
        String key = holiday == null ? occasion : occasion + ":" + holiday;
        int taken = jdbc.sql("""
                insert into club_greeting (company_id, member_id, occasion, on_day, sent_at)
                values (:c, :m, :occasion, :day, :at) on conflict (company_id, member_id, occasion, on_day) do nothing""")
                .param("c", member.companyId()).param("m", member.id()).param("occasion", key).param("day", today)
                .param("at", Timestamp.from(clock.instant())).update();
        if (taken == 0) {
            return 0;
        }
        events.publishEvent(new ClubGreetingDue(member.id(), member.companyId(), member.scopePath(),
                member.customerId(), occasion, holiday, today));
        return 1;
    }
}
