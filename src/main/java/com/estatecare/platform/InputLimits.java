package com.estatecare.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much work one call may ask for ({@code estatecare.limits.*}): beyond
 * these bounds the answer is a 400 problem naming the field and the bound,
 * before any work is done. List pages are bounded by {@link CursorPage#limit}.
 *
 * @param calendarSpanDays  the widest range of working-time arithmetic ({@code calendar/between}), in days
 * @param calendarYears     how far from now (either way) a moment or year given to the calendar may lie
 * @param workingDays       the most working days one {@code calendar/add} may add
 * @param workingHours      the most working hours one {@code calendar/add} may add
 * @param importRows        the most data rows of one unit import file
 * @param requestEntries    the most timeline entries, attachments or consultations one read of a request
 *                          returns, oldest first (naturally small lists, served whole up to this cap)
 */
@ConfigurationProperties("estatecare.limits")
public record InputLimits(@DefaultValue("3660") int calendarSpanDays, @DefaultValue("100") int calendarYears,
        @DefaultValue("3650") int workingDays, @DefaultValue("29200") int workingHours,
        @DefaultValue("20000") int importRows, @DefaultValue("1000") int requestEntries) {

    /** A moment within {@link #calendarYears} of {@code now}, or a 400 problem on {@code field}. */
    public Instant moment(String field, Instant value, Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        Instant earliest = utc.minusYears(calendarYears).toInstant();
        Instant latest = utc.plusYears(calendarYears).toInstant();
        if (value.isBefore(earliest) || value.isAfter(latest)) {
            throw DomainException.invalidField(field, "horizon", earliest.toString(), latest.toString());
        }
        return value;
    }

    /** A year within {@link #calendarYears} of {@code now}'s, or a 400 problem on {@code field}. */
    public int year(String field, int value, Instant now) {
        int current = now.atZone(ZoneOffset.UTC).getYear();
        if (Math.abs((long) value - current) > calendarYears) {
            throw DomainException.invalidField(field, "range", String.valueOf(current - calendarYears),
                    String.valueOf(current + calendarYears));
        }
        return value;
    }

    /** {@code value} in {@code [0, max]}, or a 400 problem on {@code field}. */
    public static int atMost(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw DomainException.invalidField(field, "range", 0, max);
        }
        return value;
    }
}
