package com.estatecare.sales.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;
import com.estatecare.sales.PaymentReminderPolicy;

/** The payment reminder as a policy: between 1 and 60 calendar days before an instalment is due. */
@Component
class PaymentReminderPolicyDefinition implements PolicyDefinition<PaymentReminderPolicy> {

    static final int MAX_DAYS = 60;

    @Override
    public String kind() {
        return "payment-reminders";
    }

    @Override
    public Class<PaymentReminderPolicy> type() {
        return PaymentReminderPolicy.class;
    }

    @Override
    public PaymentReminderPolicy defaults() {
        return PaymentReminderPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(PaymentReminderPolicy policy) {
        return policy.daysBefore() < 1 || policy.daysBefore() > MAX_DAYS
                ? List.of(new FieldProblem("daysBefore", "range", new Object[] { 1, MAX_DAYS }))
                : List.of();
    }
}
