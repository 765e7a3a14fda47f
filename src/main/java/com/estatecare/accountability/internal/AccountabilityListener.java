package com.estatecare.accountability.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.escalation.RequestEscalated;

/** A request climbed the ladder: propose the fine the rules call for. */
@Component
class AccountabilityListener {

    private final FineLedger fines;

    AccountabilityListener(FineLedger fines) {
        this.fines = fines;
    }

    @ApplicationModuleListener
    void on(RequestEscalated event) {
        fines.propose(event);
    }
}
