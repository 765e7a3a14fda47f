package com.estatecare.hotline.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.hotline.HotlinePolicy;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** The hotline's deadlines as a policy: 1–30 working days each, the reply not before the contact. */
@Component
class HotlinePolicyDefinition implements PolicyDefinition<HotlinePolicy> {

    static final int MAX_WORKING_DAYS = 30;

    @Override
    public String kind() {
        return "city-hotline";
    }

    @Override
    public Class<HotlinePolicy> type() {
        return HotlinePolicy.class;
    }

    @Override
    public HotlinePolicy defaults() {
        return HotlinePolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(HotlinePolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        Object[] range = { 1, MAX_WORKING_DAYS };
        if (policy.contactWorkingDays() < 1 || policy.contactWorkingDays() > MAX_WORKING_DAYS) {
            problems.add(new FieldProblem("contactWorkingDays", "range", range));
        }
        if (policy.replyWorkingDays() < 1 || policy.replyWorkingDays() > MAX_WORKING_DAYS) {
            problems.add(new FieldProblem("replyWorkingDays", "range", range));
        } else if (policy.replyWorkingDays() < policy.contactWorkingDays()) {
            problems.add(new FieldProblem("replyWorkingDays", "range",
                    new Object[] { policy.contactWorkingDays(), MAX_WORKING_DAYS }));
        }
        Duration warn = policy.warnBefore();
        if (warn == null || warn.isNegative() || warn.compareTo(Duration.ofHours(24)) > 0) {
            problems.add(new FieldProblem("warnBefore", "range", new Object[] { "PT0S", "PT24H" }));
        }
        return problems;
    }
}
