package com.estatecare.escalation;

import java.time.Instant;

/** A request moved up the ladder; {@code reasonCode} names the rule (e.g. {@code REPAIR_THIRD_REPORT}). */
public record RequestEscalated(long requestId, long companyId, String number, EscalationLevel fromLevel,
        EscalationLevel toLevel, String reasonCode, Instant at) {
}
