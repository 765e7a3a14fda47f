package com.estatecare.timelimits.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;
import com.estatecare.timelimits.TimeLimitPolicy;

/** Time limits as a policy: a negative duration or a warning after the breach cannot work. */
@Component
class TimeLimitPolicyDefinition implements PolicyDefinition<TimeLimitPolicy> {

    @Override
    public String kind() {
        return "time-limits";
    }

    @Override
    public Class<TimeLimitPolicy> type() {
        return TimeLimitPolicy.class;
    }

    @Override
    public TimeLimitPolicy defaults() {
        return TimeLimitPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(TimeLimitPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (policy.limits() == null) {
            return List.of(FieldProblem.of("limits", "required"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < policy.limits().size(); i++) {
            TimeLimitPolicy.Limit limit = policy.limits().get(i);
            String at = "limits[" + i + "].";
            if (limit.key() == null || limit.key().isBlank() || !keys.add(limit.key())) {
                problems.add(FieldProblem.of(at + "key", limit.key() == null ? "required" : "duplicate"));
            }
            if (limit.kinds() == null || limit.kinds().isEmpty()) {
                problems.add(FieldProblem.of(at + "kinds", "required"));
            }
            if (!isStart(limit.startOn())) {
                problems.add(FieldProblem.of(at + "startOn", "malformed"));
            }
            if (limit.stopOn() == null || limit.stopOn().isEmpty() || !limit.stopOn().stream().allMatch(this::isStop)) {
                problems.add(FieldProblem.of(at + "stopOn", "malformed"));
            }
            if (limit.duration() == null || limit.duration().isNegative() || limit.duration().isZero()) {
                problems.add(FieldProblem.of(at + "duration", "positive"));
            } else if (limit.warnAfter() == null || limit.warnAfter().isNegative()
                    || limit.warnAfter().compareTo(limit.duration()) >= 0) {
                problems.add(FieldProblem.of(at + "warnAfter", "warning-before-breach"));
            }
            if (limit.onBreach() == null) {
                problems.add(FieldProblem.of(at + "onBreach", "required"));
            }
        }
        return problems;
    }

    /** A clock starts at registration, when another department received the request, or at a step. */
    private boolean isStart(String value) {
        return Trigger.parse(value).isPresent();
    }

    /** A clock stops at a step, or at the registration of a request another department received. */
    private boolean isStop(String value) {
        return Trigger.parse(value).filter(trigger -> trigger.point() != Trigger.Point.DEPARTMENT_RECEIVED).isPresent();
    }
}
