package com.estatecare.privacy.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** The rights requests' time limit as a policy: one working day at least, {@value RightsRule#MAX_WORKING_DAYS} at most. */
@Component
class RightsPolicyDefinition implements PolicyDefinition<RightsPolicy> {

    @Override
    public String kind() {
        return "rights-requests";
    }

    @Override
    public Class<RightsPolicy> type() {
        return RightsPolicy.class;
    }

    @Override
    public RightsPolicy defaults() {
        return RightsPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(RightsPolicy policy) {
        if (policy.workingDays() < 1 || policy.workingDays() > RightsRule.MAX_WORKING_DAYS) {
            return List.of(new FieldProblem("workingDays", "range", new Object[] { 1, RightsRule.MAX_WORKING_DAYS }));
        }
        return List.of();
    }
}
