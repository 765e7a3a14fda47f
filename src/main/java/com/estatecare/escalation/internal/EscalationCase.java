package com.estatecare.escalation.internal;

import com.estatecare.escalation.EscalationLevel;

/**
 * The ladder's own state for one request: its level (it only goes up) and,
 * for a repair that became a complaint, the complaint registered for it.
 * Not a copy of the request: its facts stay in {@code requests}.
 */
record EscalationCase(long requestId, long companyId, EscalationLevel level, Long followUpId) {

    /** Whether a step to {@code step.level()} moves the request: a level only goes up. */
    boolean climbsWith(LadderStep step) {
        return !level.isAtLeast(step.level());
    }

    boolean followedUp() {
        return followUpId != null;
    }
}
