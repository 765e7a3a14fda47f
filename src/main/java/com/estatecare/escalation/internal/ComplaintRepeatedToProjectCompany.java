package com.estatecare.escalation.internal;

import java.util.Optional;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

/** 投诉上移制 ¶2: the same problem complained about the n-th time ({@code complaints.projectCompanyAt}, 2) goes to the project company. */
final class ComplaintRepeatedToProjectCompany implements LadderRule {

    @Override
    public Optional<LadderStep> decide(LadderFacts facts, EscalationPolicy policy, int policyVersion) {
        if (facts.kind() != RequestKind.COMPLAINT
                || facts.sameKindReports() < policy.complaints().projectCompanyAt()) {
            return Optional.empty();
        }
        return Optional.of(new LadderStep(EscalationLevel.PROJECT_COMPANY,
                EscalationReason.COMPLAINT_REPEATED_TO_PROJECT_COMPANY, policyVersion));
    }
}
