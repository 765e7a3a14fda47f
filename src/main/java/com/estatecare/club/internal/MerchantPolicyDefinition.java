package com.estatecare.club.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/**
 * The merchant assessment policy ({@code club-merchants}) and what makes it unworkable: one to ten grades, codes
 * unique, names given, a sign named in both languages or in neither (blank: none), averages 1–5 falling from grade to grade.
 */
@Component
class MerchantPolicyDefinition implements PolicyDefinition<MerchantPolicy> {

    static final int MAX_GRADES = 10;

    @Override
    public String kind() {
        return "club-merchants";
    }

    @Override
    public Class<MerchantPolicy> type() {
        return MerchantPolicy.class;
    }

    @Override
    public MerchantPolicy defaults() {
        return MerchantPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(MerchantPolicy policy) {
        return problems(policy);
    }

    static List<FieldProblem> problems(MerchantPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (policy.minRatings() < 1 || policy.minRatings() > 10_000) {
            problems.add(new FieldProblem("minRatings", "range", new Object[] { 1, 10_000 }));
        }
        List<MerchantPolicy.Grade> grades = policy.grades();
        if (grades == null || grades.isEmpty() || grades.size() > MAX_GRADES) {
            problems.add(new FieldProblem("grades", "length", new Object[] { 1, MAX_GRADES }));
            return problems;
        }
        Set<String> codes = new HashSet<>();
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < grades.size(); i++) {
            MerchantPolicy.Grade grade = grades.get(i);
            String at = "grades[" + i + "].";
            if (grade == null) {
                problems.add(FieldProblem.of("grades[" + i + "]", "required"));
                continue;
            }
            if (grade.code() == null || !grade.code().matches("[A-Z][A-Z0-9_]{0,19}")) {
                problems.add(FieldProblem.of(at + "code", "malformed"));
            } else if (!codes.add(grade.code())) {
                problems.add(FieldProblem.of(at + "code", "duplicate"));
            }
            text(problems, at + "nameZh", grade.nameZh(), true);
            text(problems, at + "nameEn", grade.nameEn(), true);
            text(problems, at + "signZh", grade.signZh(), false);
            text(problems, at + "signEn", grade.signEn(), false);
            if (MerchantPolicy.hasSign(grade.signZh()) != MerchantPolicy.hasSign(grade.signEn())) {
                problems.add(FieldProblem.of(at + (MerchantPolicy.hasSign(grade.signZh()) ? "signEn" : "signZh"),
                        "required"));
            }
            if (!(grade.minAverage() >= 1 && grade.minAverage() <= 5)) {
                problems.add(new FieldProblem(at + "minAverage", "range", new Object[] { 1, 5 }));
            } else if (grade.minAverage() > previous) {
                problems.add(new FieldProblem(at + "minAverage", "not-after", new Object[] { previous }));
            } else {
                previous = grade.minAverage();
            }
            if (grade.maxComplaints() < 0 || grade.maxComplaints() > 10_000) {
                problems.add(new FieldProblem(at + "maxComplaints", "range", new Object[] { 0, 10_000 }));
            }
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required) {
        if (value == null || (!required && value.isBlank())) {
            if (required) {
                problems.add(FieldProblem.of(field, "required"));
            }
        } else if (value.isBlank() || value.length() > 40) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, 40 }));
        }
    }
}
