package com.estatecare.escalation;

import java.time.Instant;

/**
 * A request moved up the ladder; {@code reasonCode} names the rule (e.g.
 * {@code REPAIR_REPEATED_TO_PROJECT_COMPANY}), never its threshold.
 */
public record RequestEscalated(long requestId, long companyId, String number, EscalationLevel fromLevel,
        EscalationLevel toLevel, String reasonCode, Instant at) {
}
