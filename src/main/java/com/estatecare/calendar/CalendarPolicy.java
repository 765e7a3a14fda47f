package com.estatecare.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * Working hours of a company: its zone, its ordinary working days and the
 * periods of a working day (a lunch break is two periods). Public holidays and
 * make-up days come from the calendar's days, not from here.
 */
public record CalendarPolicy(String zone, List<DayOfWeek> workingDays, List<WorkingPeriod> periods) {

    /** A period of a working day, from {@code start} (inclusive) to {@code end} (exclusive). */
    public record WorkingPeriod(LocalTime start, LocalTime end) {
    }

    /** The spec's default: Monday–Friday 09:00–18:00 in Shanghai. */
    public static CalendarPolicy defaults() {
        return new CalendarPolicy("Asia/Shanghai",
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of(new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(18, 0))));
    }
}
