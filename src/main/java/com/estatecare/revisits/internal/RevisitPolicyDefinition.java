package com.estatecare.revisits.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;
import com.estatecare.revisits.RevisitPolicy;

/** The revisit policy: a due time of 1 to 60 days, a satisfaction threshold inside the 1–5 scale. */
@Component
class RevisitPolicyDefinition implements PolicyDefinition<RevisitPolicy> {

    static final int MAX_DAYS = 60;

    @Override
    public String kind() {
        return "revisits";
    }

    @Override
    public Class<RevisitPolicy> type() {
        return RevisitPolicy.class;
    }

    @Override
    public RevisitPolicy defaults() {
        return RevisitPolicy.DEFAULTS;
    }

    @Override
    public List<FieldProblem> validate(RevisitPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (policy.days() < 1 || policy.days() > MAX_DAYS) {
            problems.add(new FieldProblem("days", "range", new Object[] { 1, MAX_DAYS }));
        }
        if (policy.counting() == null) {
            problems.add(FieldProblem.of("counting", "required"));
        }
        if (policy.satisfiedFrom() < 2 || policy.satisfiedFrom() > 5) {
            problems.add(new FieldProblem("satisfiedFrom", "range", new Object[] { 2, 5 }));
        }
        return problems;
    }
}
