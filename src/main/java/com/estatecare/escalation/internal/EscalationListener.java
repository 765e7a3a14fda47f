package com.estatecare.escalation.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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

    /*
     * The conditions are checked before an event publication is stored: an
     * event no step of the ladder reacts to costs no publication row and no
     * transactions after the commit (most intakes are first reports).
     */

    @ApplicationModuleListener(condition = "#event.relatedRequestId() != null")
    void on(RequestRegistered event) {
        escalation.applyLadder(event.requestId());
    }

    @ApplicationModuleListener(condition = "#event.action() == T(com.estatecare.requests.Action).LINK")
    void on(RequestTransitioned event) {
        escalation.applyLadder(event.requestId());
    }

    @ApplicationModuleListener
    void on(ClockBreached event) {
        if (event.escalate()) {
            escalation.escalateOnBreach(event.requestId(), event.clockId(), event.limit());
        }
    }
}
