package com.estatecare.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The business calendar's arithmetic (SPEC §5) as plain rules, without Spring
 * or a database: working days, working periods, public holidays and make-up
 * working days (调休), all in Asia/Shanghai.
 */
class WorkingTimeTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** New Year 2026 as the State Council published it: 1–3 January off, Sunday 4 January worked. */
    private static final Map<LocalDate, DayKind> NEW_YEAR_2026 = Map.of(
            LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, LocalDate.of(2026, 1, 2), DayKind.HOLIDAY,
            LocalDate.of(2026, 1, 3), DayKind.HOLIDAY, LocalDate.of(2026, 1, 4), DayKind.WORKDAY);

    private static MarkedDays calendar(CalendarPolicy policy, Map<LocalDate, DayKind> marked) {
        return new MarkedDays(1, policy, year -> marked);
    }

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void oneWorkingDayFromFridayEveningEndsMondayEvening() {
        MarkedDays days = calendar(CalendarPolicy.defaults(), Map.of());
        assertThat(BusinessCalendar.addWorkingTime(days, at("2026-11-20T17:00"), Duration.ofHours(9)))
                .isEqualTo(at("2026-11-23T17:00"));
    }

    @Test
    void holidaysAreSkippedAndAMakeUpSundayIsWorked() {
        MarkedDays days = calendar(CalendarPolicy.defaults(), NEW_YEAR_2026);
        assertThat(BusinessCalendar.addWorkingTime(days, at("2025-12-31T17:00"), Duration.ofHours(9)))
                .isEqualTo(at("2026-01-04T17:00"));
    }

    @Test
    void timeOutsideWorkingHoursStartsCountingAtTheNextWorkingPeriod() {
        MarkedDays days = calendar(CalendarPolicy.defaults(), Map.of());
        assertThat(BusinessCalendar.addWorkingTime(days, at("2026-11-24T21:30"), Duration.ofHours(2)))
                .isEqualTo(at("2026-11-25T11:00"));
        assertThat(BusinessCalendar.addWorkingTime(days, at("2026-11-21T10:00"), Duration.ZERO))
                .as("a Saturday's first working moment is Monday morning").isEqualTo(at("2026-11-23T09:00"));
    }

    @Test
    void aLunchBreakIsNotWorkingTime() {
        CalendarPolicy withLunch = new CalendarPolicy("Asia/Shanghai", CalendarPolicy.defaults().workingDays(),
                List.of(new CalendarPolicy.WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new CalendarPolicy.WorkingPeriod(LocalTime.of(13, 30), LocalTime.of(18, 0))));
        MarkedDays days = calendar(withLunch, Map.of());
        assertThat(BusinessCalendar.addWorkingTime(days, at("2026-11-25T11:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-11-25T14:30"));
        assertThat(BusinessCalendar.workingTimeBetween(days, at("2026-11-25T11:00"), at("2026-11-25T14:30")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void workingDaysComeFromThePolicy() {
        CalendarPolicy sixDays = new CalendarPolicy("Asia/Shanghai",
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                CalendarPolicy.defaults().periods());
        MarkedDays days = calendar(sixDays, Map.of());
        assertThat(BusinessCalendar.addWorkingTime(days, at("2026-11-20T17:00"), Duration.ofHours(9)))
                .isEqualTo(at("2026-11-21T17:00"));
    }

    @Test
    void workingTimeBetweenSkipsNightsWeekendsAndHolidays() {
        MarkedDays days = calendar(CalendarPolicy.defaults(), NEW_YEAR_2026);
        assertThat(BusinessCalendar.workingTimeBetween(days, at("2025-12-31T17:00"), at("2026-01-05T10:00")))
                .as("1 h on 31 December, 9 h on the make-up Sunday, 1 h on Monday")
                .isEqualTo(Duration.ofHours(11));
    }
}
