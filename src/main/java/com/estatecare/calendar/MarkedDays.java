package com.estatecare.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The company's calendar for one computation: its policy and its marked days, read a year at a time. */
final class MarkedDays {

    /** A company's marked days of one year (the company's own override the national ones, company 0). */
    record Year(long companyId, int year) {
    }

    private final long companyId;
    private final CalendarPolicy policy;
    private final ZoneId zone;
    private final Function<Year, Map<LocalDate, DayKind>> marked;
    private final Map<Integer, Map<LocalDate, DayKind>> years = new HashMap<>();

    MarkedDays(long companyId, CalendarPolicy policy, Function<Year, Map<LocalDate, DayKind>> marked) {
        this.companyId = companyId;
        this.policy = policy;
        this.zone = ZoneId.of(policy.zone());
        this.marked = marked;
    }

    CalendarPolicy policy() {
        return policy;
    }

    ZoneId zone() {
        return zone;
    }

    boolean isWorkingDay(LocalDate date) {
        DayKind kind = years.computeIfAbsent(date.getYear(), year -> marked.apply(new Year(companyId, year))).get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return policy.workingDays().contains(date.getDayOfWeek());
    }

    static Map<LocalDate, DayKind> load(JdbcClient jdbc, Year year) {
        Map<LocalDate, DayKind> marked = new HashMap<>();
        jdbc.sql("""
                select on_day, kind from calendar_day
                where company_id in (0, :company) and on_day between :first and :last
                order by company_id""")
                .param("company", year.companyId()).param("first", LocalDate.of(year.year(), 1, 1))
                .param("last", LocalDate.of(year.year(), 12, 31))
                .query((rs, row) -> Map.entry(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2))))
                .list().forEach(e -> marked.put(e.getKey(), e.getValue()));
        return Map.copyOf(marked);
    }
}
