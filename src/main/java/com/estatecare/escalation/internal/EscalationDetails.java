package com.estatecare.escalation.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.estatecare.requests.RequestDetailsContributor;

/** Shows a request's place on the ladder in {@code GET /api/v1/requests/{id}} as {@code escalation}. */
@Component
class EscalationDetails implements RequestDetailsContributor {

    private final Escalation escalation;

    EscalationDetails(Escalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public Map<String, Object> details(long requestId) {
        return Map.of("escalation", escalation.view(requestId));
    }
}
