package com.estatecare.warranty.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;
import com.estatecare.warranty.ReminderPolicy;

/** The warranty reminder as a policy: between 1 and 12 months before a warranty ends. */
@Component
class ReminderPolicyDefinition implements PolicyDefinition<ReminderPolicy> {

    @Override
    public String kind() {
        return "warranty-reminders";
    }

    @Override
    public Class<ReminderPolicy> type() {
        return ReminderPolicy.class;
    }

    @Override
    public ReminderPolicy defaults() {
        return ReminderPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(ReminderPolicy policy) {
        return policy.monthsBefore() < 1 || policy.monthsBefore() > 12
                ? List.of(new FieldProblem("monthsBefore", "range", new Object[] { 1, 12 }))
                : List.of();
    }
}
