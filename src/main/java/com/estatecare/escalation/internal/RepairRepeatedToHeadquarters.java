package com.estatecare.escalation.internal;

import java.util.Optional;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

/** 投诉上移制 ¶1: the same problem reported as a repair the m-th time ({@code repairs.headquartersAt}, 4) goes to headquarters. */
final class RepairRepeatedToHeadquarters implements LadderRule {

    @Override
    public Optional<LadderStep> decide(LadderFacts facts, EscalationPolicy policy, int policyVersion) {
        if (facts.kind() != RequestKind.REPAIR || facts.sameKindReports() < policy.repairs().headquartersAt()) {
            return Optional.empty();
        }
        return Optional.of(new LadderStep(EscalationLevel.HEADQUARTERS,
                EscalationReason.REPAIR_REPEATED_TO_HEADQUARTERS, policyVersion));
    }
}
