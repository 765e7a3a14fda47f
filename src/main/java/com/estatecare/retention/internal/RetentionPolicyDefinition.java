package com.estatecare.retention.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;
import com.estatecare.retention.RetentionPolicy;

/** The retention periods as a policy: each at least one month and at most {@value RetentionPolicy#MAX_MONTHS}. */
@Component
class RetentionPolicyDefinition implements PolicyDefinition<RetentionPolicy> {

    @Override
    public String kind() {
        return "retention";
    }

    @Override
    public Class<RetentionPolicy> type() {
        return RetentionPolicy.class;
    }

    @Override
    public RetentionPolicy defaults() {
        return RetentionPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(RetentionPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "callRecordingsMonths", policy.callRecordingsMonths());
        check(problems, "photosMonthsAfterClose", policy.photosMonthsAfterClose());
        check(problems, "closedRequestsMonths", policy.closedRequestsMonths());
        check(problems, "prospectsMonths", policy.prospectsMonths());
        return problems;
    }

    private static void check(List<FieldProblem> problems, String field, int months) {
        if (months < 1 || months > RetentionPolicy.MAX_MONTHS) {
            problems.add(new FieldProblem(field, "range", new Object[] { 1, RetentionPolicy.MAX_MONTHS }));
        }
    }
}
