package com.estatecare.escalation.internal;

import java.util.Optional;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationReason;

/**
 * A specialist hands the request to the supervisor (seed 003), or a breached
 * time limit whose policy says {@code escalate} moves it: one level up. At
 * headquarters the request stays at the top (empty).
 */
final class OneLevelUp {

    private OneLevelUp() {
    }

    static Optional<LadderStep> decide(EscalationLevel current, EscalationReason reason, int policyVersion) {
        return current.next().map(next -> new LadderStep(next, reason, policyVersion));
    }
}
