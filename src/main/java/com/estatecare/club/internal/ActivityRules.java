package com.estatecare.club.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.estatecare.platform.DomainException;

/**
 * The rules of a club activity (会员活动, seed 001's 会员活动管理): its life (planned → open for sign-up → held →
 * summarised, or cancelled before it is held), the club manager's approval of its budget by someone other than who
 * requested it, the places (confirmed while free, else waiting in line; a confirmed cancellation gives the place to
 * the first in line), and when attendance may be taken (from the activity's day on, while open or held).
 */
final class ActivityRules {

    enum Status { PLANNED, OPEN, HELD, SUMMARISED, CANCELLED }

    enum Place { CONFIRMED, WAITING, CANCELLED }

    enum Budget { NONE, REQUESTED, APPROVED, REJECTED }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ActivityRules() {
    }

    /** A new sign-up's place when {@code confirmed} of {@code capacity} places are taken. */
    static Place signUp(int capacity, int confirmed) {
        return confirmed < capacity ? Place.CONFIRMED : Place.WAITING;
    }

    /** Whether cancelling a place in {@code cancelled} frees it for the first in line. */
    static boolean promotesNext(Place cancelled) {
        return cancelled == Place.CONFIRMED;
    }

    /** Whether the members signed up (confirmed or waiting) are told when the activity goes to {@code to}. */
    static boolean tellsSignedUp(Status to) {
        return to == Status.CANCELLED;
    }

    /** A budget may be requested while the activity is planned and its budget not yet approved. */
    static void budgetRequest(Status status, Budget budget) {
        if (status != Status.PLANNED || budget == Budget.APPROVED) {
            throw DomainException.conflict("club-activity-budget-not-requestable").with("currentStatus", status)
                    .with("budgetStatus", budget);
        }
    }

    /** A requested budget is decided by someone who did not request it (四眼原则, as decision 043's case review). */
    static void budgetDecision(Budget budget, Long requestedBy, long decider) {
        if (budget != Budget.REQUESTED) {
            throw DomainException.conflict("club-activity-budget-not-requested").with("budgetStatus", budget);
        }
        if (requestedBy != null && requestedBy == decider) {
            throw DomainException.forbidden("club-activity-budget-four-eyes");
        }
    }

    /** Whether the activity may go from {@code from} to {@code to} now. */
    static void transition(Status from, Status to, Budget budget, Instant startsAt, Instant now) {
        boolean allowed = switch (to) {
            case OPEN -> from == Status.PLANNED;
            case HELD -> from == Status.OPEN;
            case CANCELLED -> from == Status.PLANNED || from == Status.OPEN;
            case SUMMARISED -> from == Status.HELD;
            case PLANNED -> false;
        };
        if (!allowed) {
            throw DomainException.conflict("club-activity-transition", from, to).with("currentStatus", from);
        }
        if (to == Status.OPEN && budget != Budget.APPROVED) {
            throw DomainException.conflict("club-activity-budget-not-approved").with("budgetStatus", budget);
        }
        if (to == Status.OPEN && !startsAt.isAfter(now)) {
            throw DomainException.conflict("club-activity-started");
        }
        if (to == Status.HELD && now.isBefore(startsAt)) {
            throw DomainException.conflict("club-activity-not-started");
        }
    }

    /** Members sign up and cancel while the activity is open and has not started. */
    static void signUpOpen(Status status, Instant startsAt, Instant now) {
        if (status != Status.OPEN) {
            throw DomainException.conflict("club-activity-not-open").with("currentStatus", status);
        }
        if (!startsAt.isAfter(now)) {
            throw DomainException.conflict("club-activity-started");
        }
    }

    /** Attendance is taken from the activity's day (in Shanghai) on, while it is open or held. */
    static void checkIn(Status status, Instant startsAt, Instant now) {
        LocalDate day = startsAt.atZone(SHANGHAI).toLocalDate();
        if (!(status == Status.OPEN || status == Status.HELD) || now.atZone(SHANGHAI).toLocalDate().isBefore(day)) {
            throw DomainException.conflict("club-activity-check-in-closed").with("currentStatus", status);
        }
    }

    /** An attendee evaluates once the activity is held (or summarised). */
    static void evaluation(Status status, boolean attended, boolean evaluated) {
        if (!attended || !(status == Status.HELD || status == Status.SUMMARISED)) {
            throw DomainException.conflict("club-activity-not-attended");
        }
        if (evaluated) {
            throw DomainException.conflict("club-activity-evaluated");
        }
    }
}
