package com.estatecare.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * How often and how soon work that failed against another system is tried again (the outbox's messages, WeChat
 * media downloads): after the n-th failed attempt the next waits {@code first × 2^(n−1)}, never longer than
 * {@code cap}; after {@code maxAttempts} attempts it is given up and waits for an administrator.
 */
public record RetryPolicy(int maxAttempts, Duration first, Duration cap) {

    public RetryPolicy {
        if (maxAttempts < 1 || first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry policy: maxAttempts >= 1, 0 < first <= cap");
        }
    }

    /** Whether a message that has failed {@code attemptsMade} times has no attempt left. */
    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }

    /** When to try again after the {@code attemptsMade}-th failure at {@code now}. */
    public Instant nextAttempt(int attemptsMade, Instant now) {
        int doublings = Math.max(0, attemptsMade - 1);
        Duration delay = doublings >= 30 ? cap : first.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(cap) > 0 ? cap : delay);
    }
}
