package com.estatecare.delivery.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.delivery.DeliveryPolicy;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** The delivery as a policy: 1–120 working days to rectify a defect, a key reminder every 1–90 days. */
@Component
class DeliveryPolicyDefinition implements PolicyDefinition<DeliveryPolicy> {

    @Override
    public String kind() {
        return "delivery";
    }

    @Override
    public Class<DeliveryPolicy> type() {
        return DeliveryPolicy.class;
    }

    @Override
    public DeliveryPolicy defaults() {
        return DeliveryPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(DeliveryPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (policy.rectificationWorkingDays() < 1 || policy.rectificationWorkingDays() > 120) {
            problems.add(new FieldProblem("rectificationWorkingDays", "range", new Object[] { 1, 120 }));
        }
        if (policy.keyReminderDays() < 1 || policy.keyReminderDays() > 90) {
            problems.add(new FieldProblem("keyReminderDays", "range", new Object[] { 1, 90 }));
        }
        return problems;
    }
}
