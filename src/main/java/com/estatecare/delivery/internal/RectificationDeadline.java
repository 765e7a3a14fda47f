package com.estatecare.delivery.internal;

import java.time.LocalDate;
import java.util.Optional;

import com.estatecare.platform.FieldProblem;

/**
 * The day a defect is to be rectified by (整改期限) as the inspector sets it: not before the company's today on the
 * application's clock (a deadline already past would make the defect late the moment it is set), and at most a year
 * ahead (a bound on input, not a policy: the policy's default deadline is a few working weeks). A defect still open
 * after its day is overdue (逾期未整改).
 */
public final class RectificationDeadline {

    /** How far ahead a deadline may be set, in years from the company's today. */
    public static final int LONGEST_YEARS = 1;

    private RectificationDeadline() {
    }

    /** A {@code rectifyBy} problem for a day outside today … a year ahead; none for a day inside it or none given. */
    public static Optional<FieldProblem> problem(LocalDate rectifyBy, LocalDate today) {
        LocalDate latest = today.plusYears(LONGEST_YEARS);
        if (rectifyBy == null || (!rectifyBy.isBefore(today) && !rectifyBy.isAfter(latest))) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("rectifyBy", "range", new Object[] { today, latest }));
    }

    /** Whether an open defect to be rectified by {@code rectifyBy} is late on {@code today}: its day has passed. */
    public static boolean overdue(LocalDate rectifyBy, LocalDate today) {
        return rectifyBy != null && rectifyBy.isBefore(today);
    }
}
