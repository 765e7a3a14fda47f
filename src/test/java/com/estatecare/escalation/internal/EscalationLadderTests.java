package com.estatecare.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

/** The rules table: the highest level that a rule reaches wins. */
class EscalationLadderTests {

    private final EscalationPolicy policy = EscalationPolicy.defaults();

    @Test
    void whenSeveralRulesApplyTheHighestLevelWins() {
        assertThat(EscalationLadder.decide(new LadderFacts(RequestKind.COMPLAINT, 5, false), policy, 1))
                .map(LadderStep::reason).contains(EscalationReason.COMPLAINT_REPEATED_TO_HEADQUARTERS);
        assertThat(EscalationLadder.decide(new LadderFacts(RequestKind.REPAIR, 4, true), policy, 1))
                .map(LadderStep::level).contains(EscalationLevel.HEADQUARTERS);
    }

    @Test
    void consultationsNeverClimbTheLadder() {
        assertThat(EscalationLadder.decide(new LadderFacts(RequestKind.CONSULTATION, 9, true), policy, 1)).isEmpty();
    }
}
