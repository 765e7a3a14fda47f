package com.estatecare.accountability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.FieldProblem;

class FinesPolicyDefinitionTests {

    @Test
    void negativeAmountsAndAFactorOutOfRangeAreRefused() {
        var broken = new FinesPolicy(100_000, 60_000, 40_000, -1, 11);
        assertThat(new FinesPolicyDefinition().validate(broken)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("gradeFourFen", "headquartersFactor");
        assertThat(new FinesPolicyDefinition().validate(FinesPolicy.defaults())).isEmpty();
    }
}
