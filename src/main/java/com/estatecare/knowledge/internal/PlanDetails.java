package com.estatecare.knowledge.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.estatecare.requests.RequestDetailsContributor;

/** Shows the contingency plans linked to a collective complaint as {@code contingencyPlans} on its detail. */
@Component
class PlanDetails implements RequestDetailsContributor {

    private final ContingencyPlans plans;

    PlanDetails(ContingencyPlans plans) {
        this.plans = plans;
    }

    @Override
    public Map<String, Object> details(long requestId) {
        var linked = plans.linkedTo(requestId);
        return linked.isEmpty() ? Map.of() : Map.of("contingencyPlans", linked);
    }
}
