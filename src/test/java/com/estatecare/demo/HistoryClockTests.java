package com.estatecare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class HistoryClockTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant PAST = Instant.parse("2026-06-03T02:30:00Z");

    private final HistoryClock clock = new HistoryClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theGeneratorsThreadLivesInThePastAndEveryOtherThreadInThePresent() throws Exception {
        clock.travelTo(PAST);
        AtomicReference<Instant> elsewhere = new AtomicReference<>();
        Thread other = new Thread(() -> elsewhere.set(clock.instant()));
        other.start();
        other.join();

        assertThat(clock.instant()).isEqualTo(PAST);
        assertThat(clock.present()).isEqualTo(NOW);
        assertThat(elsewhere.get()).isEqualTo(NOW);
        clock.travelTo(null);
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void aListenerStartedByAStepInThePastLivesAtThatStepsMomentAndThenReturns() throws Exception {
        clock.travelTo(PAST);
        AtomicReference<Instant> during = new AtomicReference<>();
        AtomicReference<Instant> after = new AtomicReference<>();
        Runnable decorated = clock.propagate().decorate(() -> during.set(clock.instant()));
        clock.travelTo(PAST.plusSeconds(3600));
        Thread worker = new Thread(() -> {
            decorated.run();
            after.set(clock.instant());
        });
        worker.start();
        worker.join();

        assertThat(during.get()).isEqualTo(PAST);
        assertThat(after.get()).isEqualTo(NOW);
        clock.travelTo(null);
        Runnable task = () -> { };
        assertThat(clock.propagate().decorate(task)).as("nothing to carry in the present").isSameAs(task);
    }
}
