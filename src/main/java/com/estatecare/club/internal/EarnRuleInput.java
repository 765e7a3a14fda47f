package com.estatecare.club.internal;

import java.util.ArrayList;
import java.util.List;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

/** What an earning by hand must say: a rule other than joining (which is earned on joining) and its reference. */
final class EarnRuleInput {

    static final int MAX_REFERENCE = 60;

    private EarnRuleInput() {
    }

    static EarnRule rule(String rule, String reference) {
        List<FieldProblem> problems = new ArrayList<>();
        EarnRule found = null;
        for (EarnRule r : EarnRule.values()) {
            if (r != EarnRule.JOIN && r.name().equals(rule)) {
                found = r;
            }
        }
        if (found == null) {
            problems.add(new FieldProblem("rule", "one-of", new Object[] { "ACTIVITY, REFERRAL, SURVEY" }));
        }
        if (reference == null || reference.isBlank()) {
            problems.add(FieldProblem.of("reference", "required"));
        } else if (reference.strip().length() > MAX_REFERENCE || !reference.strip().matches("[\\p{L}\\p{N}._/-]+")) {
            problems.add(new FieldProblem("reference", "length", new Object[] { 1, MAX_REFERENCE }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return found;
    }
}
