package com.estatecare.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

class RepairRepeatedToProjectCompanyTests {

    private final RepairRepeatedToProjectCompany rule = new RepairRepeatedToProjectCompany();
    private final EscalationPolicy policy = EscalationPolicy.defaults();

    @Test
    void thirdRepairReportAfterTheCustomerRejectedTheRepairMovesToProjectCompany() {
        assertThat(rule.decide(new LadderFacts(RequestKind.REPAIR, 3, true), policy, 7)).contains(new LadderStep(
                EscalationLevel.PROJECT_COMPANY, EscalationReason.REPAIR_REPEATED_TO_PROJECT_COMPANY, 7));
    }

    @Test
    void thirdRepairReportWithoutARejectedRepairStaysWhereItIs() {
        assertThat(rule.decide(new LadderFacts(RequestKind.REPAIR, 3, false), policy, 7)).isEmpty();
    }

    @Test
    void secondRepairReportStaysEvenAfterARejection() {
        assertThat(rule.decide(new LadderFacts(RequestKind.REPAIR, 2, true), policy, 7)).isEmpty();
    }

    @Test
    void theReportThatMovesARepairIsPolicyData() {
        var later = new EscalationPolicy(new EscalationPolicy.Ladder(5, 6), policy.complaints(), 90, 48);
        assertThat(rule.decide(new LadderFacts(RequestKind.REPAIR, 3, true), later, 8)).isEmpty();
        assertThat(rule.decide(new LadderFacts(RequestKind.REPAIR, 5, true), later, 8)).isPresent();
    }

    @Test
    void complaintsAreNotRepairs() {
        assertThat(rule.decide(new LadderFacts(RequestKind.COMPLAINT, 3, true), policy, 7)).isEmpty();
    }
}
