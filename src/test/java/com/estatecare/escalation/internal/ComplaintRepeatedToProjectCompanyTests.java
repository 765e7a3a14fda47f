package com.estatecare.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

class ComplaintRepeatedToProjectCompanyTests {

    private final ComplaintRepeatedToProjectCompany rule = new ComplaintRepeatedToProjectCompany();
    private final EscalationPolicy policy = EscalationPolicy.defaults();

    @Test
    void secondComplaintOnSameProblemMovesToProjectCompany() {
        assertThat(rule.decide(new LadderFacts(RequestKind.COMPLAINT, 2, false), policy, 4)).contains(new LadderStep(
                EscalationLevel.PROJECT_COMPANY, EscalationReason.COMPLAINT_REPEATED_TO_PROJECT_COMPANY, 4));
    }

    @Test
    void firstComplaintStaysAtThePropertyCompany() {
        assertThat(rule.decide(new LadderFacts(RequestKind.COMPLAINT, 1, false), policy, 4)).isEmpty();
    }

    @Test
    void repairsAreNotComplaints() {
        assertThat(rule.decide(new LadderFacts(RequestKind.REPAIR, 2, true), policy, 4)).isEmpty();
    }
}
