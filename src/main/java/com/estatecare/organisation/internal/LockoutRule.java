package com.estatecare.organisation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counting failed sign-ins for one key (an account or a client address):
 * {@code maxFailures} failures within {@code window} lock the key for
 * {@code lockout}; the count starts again once the window or the lock is over.
 */
record LockoutRule(int maxFailures, Duration window, Duration lockout) {

    /** The failures counted since {@code windowStart}, and the lock they led to, if any. */
    record State(int failures, Instant windowStart, Instant lockedUntil) {
    }

    LockoutRule {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one failure, a window and a lock duration");
        }
    }

    /** The state after one more failure at {@code now}. */
    State afterFailure(State state, Instant now) {
        boolean fresh = state == null || (state.lockedUntil() != null ? !now.isBefore(state.lockedUntil())
                : !now.isBefore(state.windowStart().plus(window)));
        int failures = fresh ? 1 : state.failures() + 1;
        Instant windowStart = fresh ? now : state.windowStart();
        Instant lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
        return new State(failures, windowStart, lockedUntil);
    }

    /** Until when the key is locked at {@code now}, if it is. */
    Optional<Instant> lockedUntil(State state, Instant now) {
        return state == null || state.lockedUntil() == null || !now.isBefore(state.lockedUntil()) ? Optional.empty()
                : Optional.of(state.lockedUntil());
    }
}
