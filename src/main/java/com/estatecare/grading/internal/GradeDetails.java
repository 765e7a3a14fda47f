package com.estatecare.grading.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.estatecare.grading.GradeReason;
import com.estatecare.requests.RequestDetailsContributor;

/** Shows a complaint's {@code grade} and {@code gradeReasons} on {@code GET /api/v1/requests/{id}}. */
@Component
class GradeDetails implements RequestDetailsContributor {

    /** A rule that decided the grade, with its text in the caller's language. */
    record Reason(String code, String text) {
    }

    private final GradeStore store;
    private final MessageSource messages;

    GradeDetails(GradeStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public Map<String, Object> details(long requestId) {
        return store.find(requestId).map(grade -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("grade", grade.grade());
            details.put("gradeReasons", reasons(grade.reasons()));
            details.put("gradePolicyVersion", grade.policyVersion());
            return details;
        }).orElse(Map.of());
    }

    List<Reason> reasons(List<GradeReason> reasons) {
        return reasons.stream().map(r -> new Reason(r.name(),
                messages.getMessage("grade.reason." + r.name(), null, r.name(), LocaleContextHolder.getLocale())))
                .toList();
    }
}
