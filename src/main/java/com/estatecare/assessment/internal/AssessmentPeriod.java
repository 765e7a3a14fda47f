package com.estatecare.assessment.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;

/**
 * The period of an assessment: one calendar month ({@code 2026-11}) or quarter ({@code 2026-Q4}), whole days in
 * Asia/Shanghai, between 2000 and the current year. Nothing else is accepted, so an assessment costs bounded work.
 */
record AssessmentPeriod(String label, LocalDate from, LocalDate to) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    static final int FIRST_YEAR = 2000;

    static AssessmentPeriod parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalidField("period", "required");
        }
        Matcher month = MONTH.matcher(text);
        Matcher quarter = QUARTER.matcher(text);
        AssessmentPeriod period;
        if (month.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            period = new AssessmentPeriod(text, ym.atDay(1), ym.atEndOfMonth());
        } else if (quarter.matches()) {
            int q = Integer.parseInt(quarter.group(2));
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * q - 2);
            period = new AssessmentPeriod(text, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        } else {
            throw DomainException.invalidField("period", "period-format");
        }
        if (period.from().getYear() < FIRST_YEAR || period.from().isAfter(today)) {
            throw DomainException.invalidField("period", "range", FIRST_YEAR + "-01", YearMonth.from(today).toString());
        }
        return period;
    }

    ReportPeriod reportPeriod() {
        return ReportPeriod.of(from, to, ReportPeriod.Bucket.MONTH);
    }
}
