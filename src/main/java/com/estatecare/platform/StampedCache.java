package com.estatecare.platform;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from rows that change rarely (policies, calendar days), kept in
 * memory while a stamp of those rows stays the same — the highest id of an
 * append-only table, which every change raises. The stamp is read at most once
 * per {@code recheck} period, so a change made on another instance is used here
 * at the latest one period after its commit; a change made on this instance
 * empties the cache when its transaction ends.
 */
public final class StampedCache<K, V> {

    private record Generation<K, V>(Object stamp, long checkedAt, ConcurrentMap<K, V> values) {
    }

    private final Supplier<?> stamp;
    private final long recheckNanos;
    private final LongSupplier nanoTime;
    private volatile Generation<K, V> current;

    public StampedCache(Duration recheck, Supplier<?> stamp) {
        this(recheck, stamp, System::nanoTime);
    }

    StampedCache(Duration recheck, Supplier<?> stamp, LongSupplier nanoTime) {
        this.stamp = stamp;
        this.recheckNanos = recheck.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The kept value, else {@code load}'s; a {@code null} from {@code load} is returned and not kept. */
    public V get(K key, Function<K, V> load) {
        Generation<K, V> generation = generation();
        V value = generation.values().get(key);
        if (value == null) {
            value = load.apply(key);
            if (value != null) {
                generation.values().putIfAbsent(key, value);
            }
        }
        return value;
    }

    /** Forgets every value when the current transaction ends (at once without one): the rows were just changed. */
    public void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    current = null;
                }
            });
        }
        current = null;
    }

    private Generation<K, V> generation() {
        long now = nanoTime.getAsLong();
        Generation<K, V> generation = current;
        if (generation != null && now - generation.checkedAt() < recheckNanos) {
            return generation;
        }
        Object seen = stamp.get();
        generation = generation != null && generation.stamp().equals(seen)
                ? new Generation<>(seen, now, generation.values())
                : new Generation<>(seen, now, new ConcurrentHashMap<>());
        current = generation;
        return generation;
    }
}
