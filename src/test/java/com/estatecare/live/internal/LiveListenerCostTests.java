package com.estatecare.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import com.estatecare.requests.Action;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Visibility;

/**
 * What the live stream costs the request thread per event: Spring's dispatch
 * to the listener, the transaction synchronization it registers, and the
 * queue insert at the commit — measured over a hundred thousand events in
 * "transactions" of ten, after as many to warm up.
 */
class LiveListenerCostTests {

    private static final int EVENTS = 100_000;
    private static final int PER_TRANSACTION = 10;

    @Test
    void anEventCostsTheRequestThreadMicrosecondsAtMost() {
        NotifyPublisher publisher = new NotifyPublisher(new LiveProperties(Duration.ofMillis(200),
                Duration.ofSeconds(20), Duration.ofMinutes(15), 5, 2000, 100, 3 * EVENTS, 4), null, null, null);
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(LiveListener.class, () -> new LiveListener(publisher));
            org.springframework.context.annotation.AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
            context.refresh();

            publishInTransactions(context, 0);
            long started = System.nanoTime();
            publishInTransactions(context, EVENTS);
            double nanosPerEvent = (System.nanoTime() - started) / (double) EVENTS;

            System.out.printf("live updates: %.2f µs per event on the request thread%n", nanosPerEvent / 1000);
            assertThat(nanosPerEvent).as("nanoseconds per event").isLessThan(20_000);
        }
    }

    private static void publishInTransactions(GenericApplicationContext context, int offset) {
        Instant at = Instant.parse("2026-11-25T08:00:00Z");
        for (int i = 0; i < EVENTS; i += PER_TRANSACTION) {
            TransactionSynchronizationManager.initSynchronization();
            try {
                for (int j = 0; j < PER_TRANSACTION; j++) {
                    long id = offset + i + j;
                    context.publishEvent(new RequestTransitioned(id, 2, "BX-20261125-0001", RequestKind.REPAIR, 7L,
                            Action.DISPATCH, RequestStatus.CLASSIFIED, RequestStatus.DISPATCHED, 1, 3, at,
                            Visibility.INTERNAL));
                }
                TransactionSynchronizationUtils.triggerAfterCommit();
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
        }
    }
}
