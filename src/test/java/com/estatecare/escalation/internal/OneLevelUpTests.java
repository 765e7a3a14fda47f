package com.estatecare.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationReason;

class OneLevelUpTests {

    @Test
    void specialistEscalationMovesOneLevelUp() {
        assertThat(OneLevelUp.decide(EscalationLevel.PROPERTY_COMPANY, EscalationReason.SPECIALIST_ESCALATED, 2))
                .contains(new LadderStep(EscalationLevel.PROJECT_COMPANY, EscalationReason.SPECIALIST_ESCALATED, 2));
        assertThat(OneLevelUp.decide(EscalationLevel.PROJECT_COMPANY, EscalationReason.TIME_LIMIT_BREACHED, 2))
                .contains(new LadderStep(EscalationLevel.HEADQUARTERS, EscalationReason.TIME_LIMIT_BREACHED, 2));
    }

    @Test
    void atHeadquartersTheRequestStaysAtTheTop() {
        assertThat(OneLevelUp.decide(EscalationLevel.HEADQUARTERS, EscalationReason.SPECIALIST_ESCALATED, 2)).isEmpty();
    }
}
