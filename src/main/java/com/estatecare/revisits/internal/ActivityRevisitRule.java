package com.estatecare.revisits.internal;

import java.time.Duration;
import java.time.Instant;

import com.estatecare.revisits.RevisitAnswered;
import com.estatecare.revisits.RevisitPolicy;

/**
 * A revisit made during a club activity (客户活动期间回访): only the method ACTIVITY names an activity, and it must
 * name one; the activity must have begun by the time the answer is recorded and have ended no longer ago than the
 * revisit policy's days (the answer is recorded during the activity or in the days after it, never for one still to
 * come or long past).
 */
final class ActivityRevisitRule {

    private ActivityRevisitRule() {
    }

    /** The field problem's reason when the method and the activity do not go together, else null. */
    static String methodProblem(RevisitAnswered.Method method, Long activityId) {
        if (method == RevisitAnswered.Method.ACTIVITY) {
            return activityId == null ? "required" : null;
        }
        return activityId == null ? null : "activity-method-only";
    }

    /** The earliest end of an activity a revisit answered at {@code at} can name. */
    static Instant earliestEnd(Instant at, RevisitPolicy policy) {
        return at.minus(Duration.ofDays(policy.days()));
    }

    /** Whether an activity from {@code startsAt} to {@code endsAt} is around the answer's time {@code at}. */
    static boolean around(Instant startsAt, Instant endsAt, Instant at, RevisitPolicy policy) {
        return !startsAt.isAfter(at) && !endsAt.isBefore(earliestEnd(at, policy));
    }
}
