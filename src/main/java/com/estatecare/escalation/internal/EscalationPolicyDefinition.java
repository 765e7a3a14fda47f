package com.estatecare.escalation.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** Declares the {@code escalation} policy: its defaults and which values cannot work. */
@Component
class EscalationPolicyDefinition implements PolicyDefinition<EscalationPolicy> {

    static final int MAX_REPORTS = 99;

    @Override
    public String kind() {
        return "escalation";
    }

    @Override
    public Class<EscalationPolicy> type() {
        return EscalationPolicy.class;
    }

    @Override
    public EscalationPolicy defaults() {
        return EscalationPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(EscalationPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        ladder("repairs", policy.repairs(), problems);
        ladder("complaints", policy.complaints(), problems);
        if (policy.similarWithinDays() < 1 || policy.similarWithinDays() > 3650) {
            problems.add(new FieldProblem("similarWithinDays", "range", new Object[] { 1, 3650 }));
        }
        if (policy.consultationHours() < 1 || policy.consultationHours() > 8760) {
            problems.add(new FieldProblem("consultationHours", "range", new Object[] { 1, 8760 }));
        }
        return problems;
    }

    private static void ladder(String name, EscalationPolicy.Ladder ladder, List<FieldProblem> problems) {
        if (ladder == null) {
            problems.add(FieldProblem.of(name, "required"));
            return;
        }
        if (ladder.projectCompanyAt() < 2 || ladder.projectCompanyAt() > MAX_REPORTS) {
            problems.add(new FieldProblem(name + ".projectCompanyAt", "range", new Object[] { 2, MAX_REPORTS }));
        }
        if (ladder.headquartersAt() <= ladder.projectCompanyAt()) {
            problems.add(new FieldProblem(name + ".headquartersAt", "greater-than",
                    new Object[] { name + ".projectCompanyAt" }));
        } else if (ladder.headquartersAt() > MAX_REPORTS) {
            problems.add(new FieldProblem(name + ".headquartersAt", "range", new Object[] { 3, MAX_REPORTS }));
        }
    }
}
