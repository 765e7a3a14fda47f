package com.estatecare.calendar.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.calendar.CalendarPolicy;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** Working hours as a policy: a week without a working day or overlapping periods cannot work. */
@Component
class CalendarPolicyDefinition implements PolicyDefinition<CalendarPolicy> {

    @Override
    public String kind() {
        return "calendar";
    }

    @Override
    public Class<CalendarPolicy> type() {
        return CalendarPolicy.class;
    }

    @Override
    public CalendarPolicy defaults() {
        return CalendarPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(CalendarPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            ZoneId.of(policy.zone() == null ? "" : policy.zone());
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of("zone", "malformed"));
        }
        if (policy.workingDays() == null || policy.workingDays().isEmpty()) {
            problems.add(FieldProblem.of("workingDays", "no-working-day"));
        }
        if (policy.periods() == null || policy.periods().isEmpty()) {
            problems.add(FieldProblem.of("periods", "required"));
            return problems;
        }
        List<CalendarPolicy.WorkingPeriod> sorted = new ArrayList<>(policy.periods());
        for (int i = 0; i < sorted.size(); i++) {
            CalendarPolicy.WorkingPeriod p = sorted.get(i);
            if (p == null || p.start() == null || p.end() == null || !p.end().isAfter(p.start())) {
                problems.add(FieldProblem.of("periods[" + i + "]", "period-order"));
                return problems;
            }
        }
        sorted.sort(Comparator.comparing(CalendarPolicy.WorkingPeriod::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                problems.add(FieldProblem.of("periods", "overlap"));
            }
        }
        return problems;
    }
}
