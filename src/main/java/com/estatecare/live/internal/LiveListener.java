package com.estatecare.live.internal;

import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.estatecare.escalation.RequestEscalated;
import com.estatecare.grading.ComplaintGraded;
import com.estatecare.inbound.CallArrived;
import com.estatecare.requests.Action;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.timelimits.ClockBreached;
import com.estatecare.timelimits.ClockWarned;
import com.estatecare.timelimits.TimeLimitsPaused;
import com.estatecare.timelimits.TimeLimitsResumed;

/**
 * Reacts to the other modules' events by queueing a {@link Happening} once
 * their transaction has committed (nothing if it rolls back). A plain
 * {@code @EventListener} that registers a transaction synchronization, not a
 * {@code @TransactionalEventListener(AFTER_COMMIT)}: Spring Modulith stores an
 * event publication for every after-commit listener, and a best-effort update
 * must not cost the intake a row and two transactions. On the request thread
 * this is an object and a queue insert.
 */
class LiveListener {

    private final NotifyPublisher publisher;

    LiveListener(NotifyPublisher publisher) {
        this.publisher = publisher;
    }

    @EventListener
    void on(RequestRegistered event) {
        afterCommit(new Happening(event.requestId(), LiveChange.REGISTERED, null, null, event.registeredAt(), true));
    }

    @EventListener
    void on(RequestTransitioned event) {
        LiveChange change = event.action() == Action.DISPATCH ? LiveChange.ASSIGNED : LiveChange.TRANSITIONED;
        afterCommit(new Happening(event.requestId(), change, event.action().pathName(), null, event.at(),
                event.toldToTheCustomer()));
    }

    @EventListener
    void on(ClockWarned event) {
        afterCommit(new Happening(event.requestId(), LiveChange.CLOCK_WARNED, null, event.limit(), event.at(), false));
    }

    @EventListener
    void on(ClockBreached event) {
        afterCommit(new Happening(event.requestId(), LiveChange.CLOCK_BREACHED, null, event.limit(), event.at(),
                false));
    }

    @EventListener
    void on(TimeLimitsPaused event) {
        afterCommit(new Happening(event.requestId(), LiveChange.CLOCKS_PAUSED, null, null, event.at(), false));
    }

    @EventListener
    void on(TimeLimitsResumed event) {
        afterCommit(new Happening(event.requestId(), LiveChange.CLOCKS_RESUMED, null, null, event.at(), false));
    }

    @EventListener
    void on(ComplaintGraded event) {
        afterCommit(new Happening(event.requestId(), LiveChange.GRADED, null, null, event.at(), false));
    }

    @EventListener
    void on(RequestEscalated event) {
        afterCommit(new Happening(event.requestId(), LiveChange.ESCALATED, null, null, event.at(), false));
    }

    /** An incoming call pops up on its agent's workbench once it is recorded (来电弹屏). */
    @EventListener
    void on(CallArrived event) {
        CallNote call = new CallNote(event.callId(), event.agentId(), event.companyId(), event.at());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publisher.offerCall(call);
                }
            });
        } else {
            publisher.offerCall(call);
        }
    }

    void afterCommit(Happening happening) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new Committed(publisher, happening));
        } else {
            publisher.offer(happening);
        }
    }

    /** Queues the change when (and only if) the transaction commits. */
    private record Committed(NotifyPublisher publisher, Happening happening) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            publisher.offer(happening);
        }
    }
}
