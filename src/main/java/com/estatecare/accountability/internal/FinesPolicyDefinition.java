package com.estatecare.accountability.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** Declares the {@code fines} policy: its defaults and which values cannot work. */
@Component
class FinesPolicyDefinition implements PolicyDefinition<FinesPolicy> {

    @Override
    public String kind() {
        return "fines";
    }

    @Override
    public Class<FinesPolicy> type() {
        return FinesPolicy.class;
    }

    @Override
    public FinesPolicy defaults() {
        return FinesPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(FinesPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        amount("gradeOneFen", policy.gradeOneFen(), problems);
        amount("gradeTwoFen", policy.gradeTwoFen(), problems);
        amount("gradeThreeFen", policy.gradeThreeFen(), problems);
        amount("gradeFourFen", policy.gradeFourFen(), problems);
        if (policy.headquartersFactor() < 1 || policy.headquartersFactor() > 10) {
            problems.add(new FieldProblem("headquartersFactor", "range", new Object[] { 1, 10 }));
        }
        return problems;
    }

    private static void amount(String field, long fen, List<FieldProblem> problems) {
        if (fen < 0) {
            problems.add(FieldProblem.of(field, "not-negative"));
        }
    }
}
