package com.estatecare.inbound.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** E-mail in as a policy an administrator changes per company ({@link MailIntakePolicy}). */
@Component
class MailIntakePolicyDefinition implements PolicyDefinition<MailIntakePolicy> {

    @Override
    public String kind() {
        return "mail-intake";
    }

    @Override
    public Class<MailIntakePolicy> type() {
        return MailIntakePolicy.class;
    }

    @Override
    public MailIntakePolicy defaults() {
        return MailIntakePolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(MailIntakePolicy policy) {
        return policy.problems();
    }
}
