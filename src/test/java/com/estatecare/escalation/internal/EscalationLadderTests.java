package com.estatecare.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.platform.FieldProblem;
import com.estatecare.requests.RequestKind;

/** The ladder and the fines as plain rules, without Spring. */
class EscalationLadderTests {

    private final EscalationPolicy defaults = EscalationPolicy.defaults();

    @Test
    void repairsClimbOnTheThirdAndFourthReport() {
        assertThat(EscalationLadder.decide(RequestKind.REPAIR, 2, defaults)).isEmpty();
        assertThat(EscalationLadder.decide(RequestKind.REPAIR, 3, defaults)).contains(
                new EscalationLadder.Decision(EscalationLevel.PROJECT_COMPANY,
                        EscalationLadder.REPAIR_REPEATED_TO_PROJECT_COMPANY));
        assertThat(EscalationLadder.decide(RequestKind.REPAIR, 4, defaults)).contains(
                new EscalationLadder.Decision(EscalationLevel.HEADQUARTERS,
                        EscalationLadder.REPAIR_REPEATED_TO_HEADQUARTERS));
    }

    @Test
    void complaintsClimbOnTheSecondAndThird() {
        assertThat(EscalationLadder.decide(RequestKind.COMPLAINT, 1, defaults)).isEmpty();
        assertThat(EscalationLadder.decide(RequestKind.COMPLAINT, 2, defaults).orElseThrow().level())
                .isEqualTo(EscalationLevel.PROJECT_COMPANY);
        assertThat(EscalationLadder.decide(RequestKind.COMPLAINT, 5, defaults).orElseThrow().level())
                .isEqualTo(EscalationLevel.HEADQUARTERS);
        assertThat(EscalationLadder.decide(RequestKind.CONSULTATION, 9, defaults)).isEmpty();
    }

    @Test
    void finesGoFromTwoHundredToOneThousandYuanAndDoubleAtHeadquarters() {
        FinesPolicy fines = FinesPolicy.defaults();
        assertThat(fines.amountFen(4, false)).isEqualTo(20_000);
        assertThat(fines.amountFen(1, false)).isEqualTo(100_000);
        assertThat(fines.amountFen(4, true)).isEqualTo(40_000);
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        var broken = new EscalationPolicy(new EscalationPolicy.Ladder(3, 3), null, 0, 48);
        assertThat(new EscalationPolicyDefinition().validate(broken)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("repairs.headquartersAt", "complaints", "similarWithinDays");
        assertThat(new EscalationPolicyDefinition().validate(defaults)).isEmpty();
    }
}
