package com.estatecare.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

/**
 * The stretch of time a read of appointments (预约) covers: {@code from}
 * (included) to {@code to} (excluded), both given, {@code to} after
 * {@code from}, and at most {@value #MAX_DAYS} days apart — a month of a
 * dispatch board, never an unbounded scan. Anything else is a 400 problem
 * naming the field and the reason.
 */
public record AppointmentRange(Instant from, Instant to) {

    /** The longest range one read may ask for, in days. */
    public static final int MAX_DAYS = 31;

    public static AppointmentRange of(Instant from, Instant to) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(FieldProblem.of("from", "required"));
        }
        if (to == null) {
            problems.add(FieldProblem.of("to", "required"));
        }
        if (problems.isEmpty() && !to.isAfter(from)) {
            problems.add(FieldProblem.of("to", "period-order"));
        }
        if (problems.isEmpty() && Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            problems.add(new FieldProblem("to", "span-too-long", new Object[] { MAX_DAYS }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return new AppointmentRange(from, to);
    }
}
