package com.estatecare.escalation.internal;

import java.util.Optional;

import com.estatecare.escalation.EscalationPolicy;

/** One step of 投诉上移制 for the same problem reported again: a level, or nothing when it does not apply. */
interface LadderRule {

    Optional<LadderStep> decide(LadderFacts facts, EscalationPolicy policy, int policyVersion);
}
