package com.estatecare.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.platform.FieldProblem;

class EscalationPolicyDefinitionTests {

    @Test
    void thresholdsOutOfOrderAreRefused() {
        var broken = new EscalationPolicy(new EscalationPolicy.Ladder(3, 3), null, 0, 48);
        assertThat(new EscalationPolicyDefinition().validate(broken)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("repairs.headquartersAt", "complaints", "similarWithinDays");
        assertThat(new EscalationPolicyDefinition().validate(EscalationPolicy.defaults())).isEmpty();
    }
}
