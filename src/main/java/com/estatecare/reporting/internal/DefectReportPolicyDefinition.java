package com.estatecare.reporting.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;
import com.estatecare.reporting.DefectReportPolicy;

/** The design and engineering address and the cadence of the defect report as a policy. */
@Component
class DefectReportPolicyDefinition implements PolicyDefinition<DefectReportPolicy> {

    @Override
    public String kind() {
        return "defect-report";
    }

    @Override
    public Class<DefectReportPolicy> type() {
        return DefectReportPolicy.class;
    }

    @Override
    public DefectReportPolicy defaults() {
        return DefectReportPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(DefectReportPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>(
                MonthlyReportPolicyDefinition.address("designAddress", policy.designAddress()));
        if (policy.cadence() == null) {
            problems.add(FieldProblem.of("cadence", "required"));
        }
        return problems;
    }
}
