package com.estatecare.timelimits;

import java.time.Instant;

/**
 * A clock passed its limit (fired once per clock). {@code escalate} says
 * whether the policy wants the request moved one level up the ladder.
 */
public record ClockBreached(long clockId, long requestId, long companyId, String limit, Instant dueAt, Instant at,
        boolean escalate) {
}
