package com.estatecare.grading.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.estatecare.grading.Grading;
import com.estatecare.requests.Action;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.RequestTransitioned;

/**
 * Grades a complaint when it is registered and again whenever a step may have
 * changed its facts — in the same transaction as the change, so that a
 * complaint is never without its grade and intake pays no outbox round trip.
 */
@Component
class GradingListener {

    /** Steps that change nothing the rules read. */
    private static final Set<Action> NO_FACTS = EnumSet.of(Action.NOTE, Action.NOTIFY_PROGRESS);

    private final Grading grading;

    GradingListener(Grading grading) {
        this.grading = grading;
    }

    @EventListener
    void on(RequestRegistered event) {
        if (event.kind() == RequestKind.COMPLAINT) {
            grading.gradeRegistered(event.requestId());
        }
    }

    @EventListener
    void on(RequestTransitioned event) {
        if (event.kind() == RequestKind.COMPLAINT && !NO_FACTS.contains(event.action())) {
            grading.regrade(event.requestId());
        }
    }
}
