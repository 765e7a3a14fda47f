package com.estatecare.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

class RepairRepeatedToHeadquartersTests {

    private final RepairRepeatedToHeadquarters rule = new RepairRepeatedToHeadquarters();
    private final EscalationPolicy policy = EscalationPolicy.defaults();

    @Test
    void repairReportedFourthTimeMovesToHeadquarters() {
        assertThat(rule.decide(new LadderFacts(RequestKind.REPAIR, 4, false), policy, 3)).contains(
                new LadderStep(EscalationLevel.HEADQUARTERS, EscalationReason.REPAIR_REPEATED_TO_HEADQUARTERS, 3));
    }

    @Test
    void repairReportedThirdTimeDoesNotReachHeadquarters() {
        assertThat(rule.decide(new LadderFacts(RequestKind.REPAIR, 3, true), policy, 3)).isEmpty();
    }

    @Test
    void complaintsAreNotRepairs() {
        assertThat(rule.decide(new LadderFacts(RequestKind.COMPLAINT, 4, false), policy, 3)).isEmpty();
    }
}
