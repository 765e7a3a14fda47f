package com.estatecare.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import com.estatecare.requests.Action;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Visibility;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the live stream costs the request thread per event: Spring's dispatch
 * to the listener, the transaction synchronization it registers, and the
 * queue insert at the commit — measured over a hundred thousand events in
 * "transactions" of ten, after as many to warm up, as the thread's CPU time
 * (on a shared host the wall time mostly measures waiting for a CPU).
 */
class LiveListenerCostTests {

    private static final int EVENTS = 100_000;
    private static final int PER_TRANSACTION = 10;

    @Test
    void anEventCostsTheRequestThreadMicrosecondsAtMost() {
        NotifyPublisher publisher = new NotifyPublisher(new LiveProperties(Duration.ofMillis(200),
                Duration.ofSeconds(20), Duration.ofMinutes(15), 5, 2000, 100, 3 * EVENTS, 4), ids -> List.of(),
                payload -> { }, JsonMapper.builder().build());
        double empty = cpuPerEvent(new EmptyListener());
        double live = cpuPerEvent(new LiveListener(publisher));

        System.out.printf("live updates: %.2f µs of CPU per event on the request thread; Spring's dispatch to a "
                + "listener that does nothing: %.2f µs%n", live / 1000, empty / 1000);
        assertThat(live).as("CPU nanoseconds per event").isLessThan(20_000);
    }

    /** The thread's CPU time per event published, in nanoseconds, after a warm-up of as many events. */
    private static double cpuPerEvent(Object listener) {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean("listener", Object.class, () -> listener);
            AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
            context.refresh();
            publishInTransactions(context, 0);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadCpuTime();
            publishInTransactions(context, EVENTS);
            return (threads.getCurrentThreadCpuTime() - before) / (double) EVENTS;
        }
    }

    /** The baseline: Spring's dispatch of the event to one listener method. */
    static class EmptyListener {
        @EventListener
        void on(RequestTransitioned event) {
            // nothing: what remains is the dispatch itself
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
