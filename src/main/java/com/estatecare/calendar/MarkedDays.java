package com.estatecare.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The company's calendar for one computation: its policy and its marked days, read a year at a time. */
final class MarkedDays {
    private final JdbcClient jdbc;
    private final long companyId;
    private final CalendarPolicy policy;
    private final ZoneId zone;
    private final Map<Integer, Map<LocalDate, DayKind>> years = new HashMap<>();

    MarkedDays(JdbcClient jdbc, long companyId, CalendarPolicy policy) {
        this.jdbc = jdbc;
        this.companyId = companyId;
        this.policy = policy;
        this.zone = ZoneId.of(policy.zone());
    }

    CalendarPolicy policy() {
        return policy;
    }

    ZoneId zone() {
        return zone;
    }

    boolean isWorkingDay(LocalDate date) {
        DayKind marked = years.computeIfAbsent(date.getYear(), this::load).get(date);
        if (marked != null) {
            return marked == DayKind.WORKDAY;
        }
        return policy.workingDays().contains(date.getDayOfWeek());
    }

    private Map<LocalDate, DayKind> load(int year) {
        Map<LocalDate, DayKind> marked = new HashMap<>();
        jdbc.sql("""
                select on_day, kind from calendar_day
                where company_id in (0, :company) and on_day between :first and :last
                order by company_id""")
                .param("company", companyId).param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query((rs, row) -> Map.entry(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2))))
                .list().forEach(e -> marked.put(e.getKey(), e.getValue()));
        return marked;
    }
}
