package com.estatecare.requests;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the {@link Action#REVISIT} step of a revisit answered in another module, in the publisher's transaction
 * (a synchronous listener, like the timeline's): the request guards its own transition, and its refusal is the
 * publisher's.
 */
@Component
class RevisitStep {

    private final Requests requests;

    RevisitStep(Requests requests) {
        this.requests = requests;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RevisitAnswer answer) {
        requests.revisited(answer.requestId(), new ActionCommand.Revisit(null, answer.comment(), null,
                answer.satisfied(), answer.satisfaction(), answer.followedUp()), answer.revisitDetails(),
                answer.actor());
    }
}
