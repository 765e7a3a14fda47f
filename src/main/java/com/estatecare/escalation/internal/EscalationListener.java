package com.estatecare.escalation.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.requests.Action;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.timelimits.ClockBreached;

/**
 * Applies the ladder when a request is registered linked to an earlier one, or
 * linked later, and climbs one level on a breach. A request linked to nothing
 * is the first report of its problem, which no step of the ladder moves (the
 * policy's thresholds are at least two reports).
 */
@Component
class EscalationListener {

    private final Escalation escalation;

    EscalationListener(Escalation escalation) {
        this.escalation = escalation;
    }

    @ApplicationModuleListener
    void on(RequestRegistered event) {
        if (event.relatedRequestId() != null) {
            escalation.applyLadder(event.requestId());
        }
    }

    @ApplicationModuleListener
    void on(RequestTransitioned event) {
        if (event.action() == Action.LINK) {
            escalation.applyLadder(event.requestId());
        }
    }

    @ApplicationModuleListener
    void on(ClockBreached event) {
        if (event.escalate()) {
            escalation.escalateOnBreach(event.requestId(), event.clockId(), event.limit());
        }
    }
}
