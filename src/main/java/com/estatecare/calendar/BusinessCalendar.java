package com.estatecare.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.policies.Policies;

/**
 * Working time on a company's business calendar: is a moment working time;
 * add working hours or days to a moment; working time between two moments.
 * Days a company marks itself override the national ones (company 0).
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class BusinessCalendar {

    /** No calendar is searched further than this for working time. */
    private static final int MAX_DAYS = 3 * 366;

    private final Policies policies;
    private final MarkedDaysCache marked;

    BusinessCalendar(Policies policies, MarkedDaysCache marked) {
        this.policies = policies;
        this.marked = marked;
    }

    public boolean isWorkingTime(long companyId, Instant moment) {
        MarkedDays days = days(companyId);
        ZonedDateTime t = moment.atZone(days.zone());
        return days.isWorkingDay(t.toLocalDate()) && days.policy().periods().stream()
                .anyMatch(p -> !t.toLocalTime().isBefore(p.start()) && t.toLocalTime().isBefore(p.end()));
    }

    /** Whether the day of {@code moment}, in the company's zone, is a working day (a holiday or weekend is not). */
    public boolean isWorkingDay(long companyId, Instant moment) {
        MarkedDays days = days(companyId);
        return days.isWorkingDay(moment.atZone(days.zone()).toLocalDate());
    }

    /** The calendar day of {@code moment} in the company's zone. */
    public LocalDate dayOf(long companyId, Instant moment) {
        return moment.atZone(days(companyId).zone()).toLocalDate();
    }

    /** The moment when {@code amount} of working time has passed after {@code from}. */
    public Instant addWorkingTime(long companyId, Instant from, Duration amount) {
        return addWorkingTime(days(companyId), from, amount);
    }

    /** The moments when each of {@code amounts} of working time has passed after {@code from}, in one reading of the calendar. */
    public java.util.List<Instant> addWorkingTimes(long companyId, Instant from, Duration... amounts) {
        MarkedDays days = days(companyId);
        return java.util.Arrays.stream(amounts).map(amount -> addWorkingTime(days, from, amount)).toList();
    }

    /** The rule itself, for one company's calendar: {@code amount} of working time after {@code from}. */
    static Instant addWorkingTime(MarkedDays days, Instant from, Duration amount) {
        Duration remaining = amount;
        ZonedDateTime cursor = from.atZone(days.zone());
        LocalDate date = cursor.toLocalDate();
        // a working day has at least an hour of working time: the amount's hours bound the days it needs
        long searchDays = MAX_DAYS + Math.max(0, amount.toHours());
        for (long i = 0; i < searchDays; i++, date = date.plusDays(1)) {
            if (!days.isWorkingDay(date)) {
                continue;
            }
            for (CalendarPolicy.WorkingPeriod period : days.policy().periods()) {
                ZonedDateTime start = date.atTime(period.start()).atZone(days.zone());
                ZonedDateTime end = date.atTime(period.end()).atZone(days.zone());
                if (!end.isAfter(cursor)) {
                    continue;
                }
                ZonedDateTime begin = start.isAfter(cursor) ? start : cursor;
                Duration available = Duration.between(begin, end);
                if (available.compareTo(remaining) >= 0) {
                    return begin.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days");
    }

    /** N working days = N times the working time of an ordinary working day. */
    public Instant addWorkingDays(long companyId, Instant from, int workingDays) {
        Duration day = days(companyId).policy().periods().stream()
                .map(p -> Duration.between(p.start(), p.end())).reduce(Duration.ZERO, Duration::plus);
        return addWorkingTime(companyId, from, day.multipliedBy(workingDays));
    }

    /** The first working moment at or after {@code moment}: "the first hour of the next working period" starts here. */
    public Instant nextWorkingMoment(long companyId, Instant moment) {
        return isWorkingTime(companyId, moment) ? moment : addWorkingTime(companyId, moment, Duration.ZERO);
    }

    /** Working time in [from, to); zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(long companyId, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return workingTimeBetween(days(companyId), from, to);
    }

    /** The rule itself, for one company's calendar: the working time in [from, to). */
    static Duration workingTimeBetween(MarkedDays days, Instant from, Instant to) {
        ZonedDateTime a = from.atZone(days.zone());
        ZonedDateTime b = to.atZone(days.zone());
        Duration total = Duration.ZERO;
        for (LocalDate date = a.toLocalDate(); !date.isAfter(b.toLocalDate()); date = date.plusDays(1)) {
            if (!days.isWorkingDay(date)) {
                continue;
            }
            for (CalendarPolicy.WorkingPeriod period : days.policy().periods()) {
                ZonedDateTime start = max(date.atTime(period.start()).atZone(days.zone()), a);
                ZonedDateTime end = min(date.atTime(period.end()).atZone(days.zone()), b);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private static ZonedDateTime max(ZonedDateTime x, ZonedDateTime y) {
        return x.isAfter(y) ? x : y;
    }

    private static ZonedDateTime min(ZonedDateTime x, ZonedDateTime y) {
        return x.isBefore(y) ? x : y;
    }

    private MarkedDays days(long companyId) {
        return new MarkedDays(companyId, policies.current(CalendarPolicy.class, companyId).policy(),
                marked::year);
    }
}
