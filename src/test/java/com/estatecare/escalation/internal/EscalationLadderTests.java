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

    /** What lets the listener skip a request registered without a link (the first report of its problem). */
    @Test
    void firstReportOfAProblemMovesNoStepEvenUnderTheEagerestPolicy() {
        EscalationPolicy eager = new EscalationPolicy(new EscalationPolicy.Ladder(2, 3),
                new EscalationPolicy.Ladder(2, 3), policy.similarWithinDays(), policy.consultationHours());
        for (RequestKind kind : RequestKind.values()) {
            assertThat(EscalationLadder.decide(new LadderFacts(kind, 1, true), eager, 1)).as(kind.name()).isEmpty();
        }
    }
}
