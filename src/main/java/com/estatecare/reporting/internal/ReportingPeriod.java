package com.estatecare.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;

/**
 * The period of a report: one calendar month ({@code 2026-11}, 月报) or one quarter ({@code 2026-Q4}, 季报) of
 * whole days in Asia/Shanghai, from its first month to its last. A quarter is three months; the reports count it
 * with the month's aggregates over the longer range, never by adding up monthly reports.
 *
 * @param label how it is written, {@code 2026-11} or {@code 2026-Q4}
 */
record ReportingPeriod(Kind kind, String label, YearMonth first, YearMonth last) {

    enum Kind {
        MONTH, QUARTER
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    static ReportingPeriod month(YearMonth month) {
        return new ReportingPeriod(Kind.MONTH, month.toString(), month, month);
    }

    static ReportingPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new ReportingPeriod(Kind.QUARTER, year + "-Q" + quarter, first, first.plusMonths(2));
    }

    /** The quarter holding {@code month}. */
    static ReportingPeriod quarterOf(YearMonth month) {
        return quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * A month ({@code yyyy-MM}) or a quarter ({@code yyyy-Qn}) as {@code field} was given; blank is a 400
     * "required", anything else a 400 "malformed", both naming {@code field}.
     */
    static ReportingPeriod parse(String field, String text, boolean quarterAllowed, boolean monthAllowed) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalidField(field, "required");
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarterAllowed && quarter.matches()) {
            return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        if (monthAllowed && MONTH.matcher(text).matches()) {
            return month(YearMonth.parse(text));
        }
        throw DomainException.invalidField(field, "malformed");
    }

    /** Whether the period starts after {@code current} (the month it is now): a report of it has nothing yet. */
    boolean startsAfter(YearMonth current) {
        return first.isAfter(current);
    }

    /** The period just before this one, of the same length. */
    ReportingPeriod previous() {
        return kind == Kind.MONTH ? month(first.minusMonths(1)) : quarterOf(first.minusMonths(3));
    }

    /** The days of the period, cut into months (a quarter has three). */
    ReportPeriod days() {
        return ReportPeriod.of(from(), to(), ReportPeriod.Bucket.MONTH);
    }

    LocalDate from() {
        return first.atDay(1);
    }

    LocalDate to() {
        return last.atEndOfMonth();
    }

    int quarterNumber() {
        return (first.getMonthValue() - 1) / 3 + 1;
    }
}
