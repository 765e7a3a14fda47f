package com.estatecare.escalation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.estatecare.escalation.EscalationPolicy;

/**
 * 投诉上移制 (seed 001, SPEC §6) for the same problem reported again: the rules
 * table. Each rule is its own class; when several apply, the highest level wins.
 */
final class EscalationLadder {

    static final List<LadderRule> RULES = List.of(new RepairRepeatedToProjectCompany(),
            new RepairRepeatedToHeadquarters(), new ComplaintRepeatedToProjectCompany(),
            new ComplaintRepeatedToHeadquarters());

    private EscalationLadder() {
    }

    static Optional<LadderStep> decide(LadderFacts facts, EscalationPolicy policy, int policyVersion) {
        return RULES.stream().flatMap(rule -> rule.decide(facts, policy, policyVersion).stream())
                .max(Comparator.comparing(LadderStep::level));
    }
}
