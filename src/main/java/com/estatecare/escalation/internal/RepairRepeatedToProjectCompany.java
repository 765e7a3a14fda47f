package com.estatecare.escalation.internal;

import java.util.Optional;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

/**
 * 投诉上移制 ¶1: the same problem reported as a repair the n-th time
 * ({@code repairs.projectCompanyAt}, 3) because the customer was not satisfied
 * with the repair before — rejected at verification or revisit — counts as a
 * complaint at the project company. A long chain alone is not enough.
 */
final class RepairRepeatedToProjectCompany implements LadderRule {

    @Override
    public Optional<LadderStep> decide(LadderFacts facts, EscalationPolicy policy, int policyVersion) {
        if (facts.kind() != RequestKind.REPAIR || facts.sameKindReports() < policy.repairs().projectCompanyAt()
                || !facts.earlierRepairRejected()) {
            return Optional.empty();
        }
        return Optional.of(new LadderStep(EscalationLevel.PROJECT_COMPANY,
                EscalationReason.REPAIR_REPEATED_TO_PROJECT_COMPANY, policyVersion));
    }
}
