package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Values kept while the stamp of their rows stays the same, the stamp read at most once per recheck period. */
class StampedCacheTests {

    private final AtomicLong stamp = new AtomicLong(1);
    private final AtomicInteger stampReads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final StampedCache<String, String> cache = new StampedCache<>(Duration.ofSeconds(1), () -> {
        stampReads.incrementAndGet();
        return stamp.get();
    }, nanos::get);

    private String read() {
        return cache.get("policy", key -> key + " as loaded " + loads.incrementAndGet());
    }

    @Test
    void readsWithinTheRecheckPeriodQueryNothing() {
        read();
        nanos.addAndGet(Duration.ofMillis(999).toNanos());

        assertThat(read()).isEqualTo("policy as loaded 1");
        assertThat(stampReads).hasValue(1);
    }

    @Test
    void aChangeOnAnotherInstanceIsUsedAfterOneRecheckPeriod() {
        read();
        stamp.incrementAndGet(); // another instance stored a new version
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(read()).isEqualTo("policy as loaded 1");

        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(read()).isEqualTo("policy as loaded 2");
    }

    @Test
    void anUnchangedStampKeepsTheValuesAfterTheRecheck() {
        read();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());

        assertThat(read()).isEqualTo("policy as loaded 1");
        assertThat(stampReads).hasValue(2);
    }

    @Test
    void aChangeOnThisInstanceIsUsedAtOnce() {
        read();
        stamp.incrementAndGet();
        cache.changed();

        assertThat(read()).isEqualTo("policy as loaded 2");
    }

    @Test
    void nothingLoadedIsNotKept() {
        assertThat(cache.get("missing", key -> null)).isNull();
        assertThat(cache.get("missing", key -> "stored now")).isEqualTo("stored now");
    }
}
