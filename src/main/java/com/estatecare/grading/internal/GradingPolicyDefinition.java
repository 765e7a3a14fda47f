package com.estatecare.grading.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.grading.GradingPolicy;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** The grade thresholds as policy kind {@code grading}. */
@Component
class GradingPolicyDefinition implements PolicyDefinition<GradingPolicy> {

    @Override
    public String kind() {
        return "grading";
    }

    @Override
    public Class<GradingPolicy> type() {
        return GradingPolicy.class;
    }

    @Override
    public GradingPolicy defaults() {
        return GradingPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(GradingPolicy policy) {
        return policy.problems();
    }
}
