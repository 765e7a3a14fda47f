package com.estatecare.revisits.internal;

import java.time.Duration;
import java.time.Instant;

import com.estatecare.revisits.RevisitPolicy;

/**
 * 回访时限: a completed repair is revisited within the policy's days of its completion — calendar days, or
 * working days of the company's business calendar when the policy says so.
 */
final class RevisitDue {

    /** Adds working days on a company's business calendar. */
    @FunctionalInterface
    interface WorkingDays {
        Instant add(Instant from, int days);
    }

    private RevisitDue() {
    }

    static Instant dueAt(Instant completedAt, RevisitPolicy policy, WorkingDays workingDays) {
        return policy.counting() == RevisitPolicy.DayCount.WORKING_DAYS
                ? workingDays.add(completedAt, policy.days())
                : completedAt.plus(Duration.ofDays(policy.days()));
    }
}
