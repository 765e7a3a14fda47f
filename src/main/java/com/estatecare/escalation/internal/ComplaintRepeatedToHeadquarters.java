package com.estatecare.escalation.internal;

import java.util.Optional;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

/** 投诉上移制 ¶2: the same problem complained about the m-th time ({@code complaints.headquartersAt}, 3) goes to headquarters. */
final class ComplaintRepeatedToHeadquarters implements LadderRule {

    @Override
    public Optional<LadderStep> decide(LadderFacts facts, EscalationPolicy policy, int policyVersion) {
        if (facts.kind() != RequestKind.COMPLAINT
                || facts.sameKindReports() < policy.complaints().headquartersAt()) {
            return Optional.empty();
        }
        return Optional.of(new LadderStep(EscalationLevel.HEADQUARTERS,
                EscalationReason.COMPLAINT_REPEATED_TO_HEADQUARTERS, policyVersion));
    }
}
