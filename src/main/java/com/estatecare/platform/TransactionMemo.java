package com.estatecare.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per transaction: a row that several listeners of one event read in the transaction that
 * published it (an intake's unit, read by intake, the defect record and the owner's acknowledgement) is read
 * from the database the first time only. Kept for the transaction and forgotten when it ends; outside a
 * transaction nothing is kept. The owner of the rows must call {@link #forget} when it changes one in a
 * transaction that may read it again.
 */
public final class TransactionMemo<K, V> {

    private final Object resourceKey = new Object();

    /** The value kept in this transaction, else {@code load}'s, which is kept when present. */
    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        Map<K, V> values = values();
        if (values == null) {
            return load.get();
        }
        V kept = values.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<V> loaded = load.get();
        loaded.ifPresent(value -> values.put(key, value));
        return loaded;
    }

    /** Keeps a value just read another way (a scoped read of the same row) for the rest of the transaction. */
    public Optional<V> keep(K key, Optional<V> value) {
        Map<K, V> values = values();
        if (values != null) {
            value.ifPresent(v -> values.put(key, v));
        }
        return value;
    }

    /** Forgets a value: its row was changed in this transaction. */
    public void forget(K key) {
        Map<K, V> values = values();
        if (values != null) {
            values.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> values() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(resourceKey);
        if (values == null) {
            Map<K, V> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resourceKey, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }
            });
            values = created;
        }
        return values;
    }
}
