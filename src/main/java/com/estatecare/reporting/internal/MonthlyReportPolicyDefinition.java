package com.estatecare.reporting.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;
import com.estatecare.reporting.MonthlyReportPolicy;

/** The headquarters address of the monthly report as a policy: one plain e-mail address. */
@Component
class MonthlyReportPolicyDefinition implements PolicyDefinition<MonthlyReportPolicy> {

    /** One plain e-mail address; the defect report's policy checks its address by the same rule. */
    static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s.]{2,63}");

    @Override
    public String kind() {
        return "monthly-report";
    }

    @Override
    public Class<MonthlyReportPolicy> type() {
        return MonthlyReportPolicy.class;
    }

    @Override
    public MonthlyReportPolicy defaults() {
        return MonthlyReportPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(MonthlyReportPolicy policy) {
        return address("hqAddress", policy.hqAddress());
    }

    /** The problem of an address field, if any. */
    static List<FieldProblem> address(String field, String address) {
        if (address == null || address.isBlank()) {
            return List.of(FieldProblem.of(field, "required"));
        }
        if (address.length() > 320 || !ADDRESS.matcher(address).matches()) {
            return List.of(FieldProblem.of(field, "malformed"));
        }
        return List.of();
    }
}
