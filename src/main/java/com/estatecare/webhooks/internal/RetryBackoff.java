package com.estatecare.webhooks.internal;

import java.time.Duration;

/**
 * When a failed delivery is tried again: {@code first} after the first failure, doubling after each further one
 * up to {@code longest}; after {@code attempts} failures it is given up (shown as FAILED in the delivery log, where
 * an administrator can send it again).
 */
record RetryBackoff(Duration first, Duration longest, int attempts) {

    static final RetryBackoff DEFAULT = new RetryBackoff(Duration.ofMinutes(1), Duration.ofHours(6), 10);

    /** The pause after the {@code failures}-th failed attempt (1, 2, …), or {@code null} when it is given up. */
    Duration after(int failures) {
        if (failures >= attempts) {
            return null;
        }
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration pause = first.multipliedBy(1L << doublings);
        return pause.compareTo(longest) > 0 ? longest : pause;
    }
}
