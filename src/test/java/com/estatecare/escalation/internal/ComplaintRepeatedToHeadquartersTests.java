package com.estatecare.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

class ComplaintRepeatedToHeadquartersTests {

    private final ComplaintRepeatedToHeadquarters rule = new ComplaintRepeatedToHeadquarters();
    private final EscalationPolicy policy = EscalationPolicy.defaults();

    @Test
    void thirdComplaintOnSameProblemMovesToHeadquarters() {
        assertThat(rule.decide(new LadderFacts(RequestKind.COMPLAINT, 3, false), policy, 5)).contains(new LadderStep(
                EscalationLevel.HEADQUARTERS, EscalationReason.COMPLAINT_REPEATED_TO_HEADQUARTERS, 5));
    }

    @Test
    void secondComplaintDoesNotReachHeadquarters() {
        assertThat(rule.decide(new LadderFacts(RequestKind.COMPLAINT, 2, false), policy, 5)).isEmpty();
    }
}
