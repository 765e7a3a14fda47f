package com.estatecare.grading.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Policies;
import com.estatecare.requests.RequestDetailsContributor;

/** Shows a complaint's {@code grade} and {@code gradeReasons} on {@code GET /api/v1/requests/{id}}. */
@Component
class GradeDetails implements RequestDetailsContributor {

    /** A rule that decided the grade, with its text in the caller's language. */
    record Reason(String code, String text) {
    }

    private final GradeStore store;
    private final MessageSource messages;
    private final Policies policies;

    GradeDetails(GradeStore store, MessageSource messages, Policies policies) {
        this.store = store;
        this.messages = messages;
        this.policies = policies;
    }

    @Override
    public Map<String, Object> details(long requestId) {
        return store.find(requestId).map(grade -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("grade", grade.grade().number());
            GradingPolicy policy = policies.version(GradingPolicy.class, grade.policyCompanyId(),
                    grade.policyVersion()).policy();
            details.put("gradeReasons", reasons(grade.reasons(), policy));
            details.put("gradePolicyVersion", grade.policyVersion());
            return details;
        }).orElse(Map.of());
    }

    /** The reasons' texts, stating the thresholds of the policy version that decided the grade. */
    List<Reason> reasons(List<GradeReason> reasons, GradingPolicy policy) {
        return reasons.stream().map(r -> new Reason(r.name(), messages.getMessage("grade.reason." + r.name(),
                thresholds(r, policy), r.name(), LocaleContextHolder.getLocale()))).toList();
    }

    /** The numbers a rule's text states: {@code {0}} its threshold, {@code {1}} its window; none for the others. */
    static Object[] thresholds(GradeReason reason, GradingPolicy policy) {
        return switch (reason) {
            case COLLECTIVE_MAJOR -> new Object[] { policy.collectiveMajor() };
            case COLLECTIVE_HOTSPOT -> new Object[] { policy.collectiveHotspot() };
            case HOTSPOT_DIFFERENT_COMPLAINANTS ->
                new Object[] { policy.hotspotComplainants(), policy.hotspotWindowDays() };
            case UNRESOLVED_MAJOR -> new Object[] { policy.unresolvedMajorDays() };
            case UNRESOLVED_HOTSPOT -> new Object[] { policy.unresolvedHotspotDays() };
            default -> null;
        };
    }
}
