package com.estatecare.privacy.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** The reveal limit as a policy: at least one a day (else nobody could call an owner back), at most {@value RevealPolicy#MAX}. */
@Component
class RevealPolicyDefinition implements PolicyDefinition<RevealPolicy> {

    @Override
    public String kind() {
        return "reveal";
    }

    @Override
    public Class<RevealPolicy> type() {
        return RevealPolicy.class;
    }

    @Override
    public RevealPolicy defaults() {
        return RevealPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(RevealPolicy policy) {
        if (policy.dailyLimit() < 1 || policy.dailyLimit() > RevealPolicy.MAX) {
            return List.of(new FieldProblem("dailyLimit", "range", new Object[] { 1, RevealPolicy.MAX }));
        }
        return List.of();
    }
}
