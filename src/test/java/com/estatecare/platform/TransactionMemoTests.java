package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A row read once per transaction: its listeners read what the transaction read, and nothing outlives it. */
class TransactionMemoTests {

    private final TransactionMemo<Long, String> memo = new TransactionMemo<>();
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<String> read(long id) {
        return memo.get(id, () -> Optional.of("unit " + id + " as loaded " + loads.incrementAndGet()));
    }

    private void begin() {
        TransactionSynchronizationManager.initSynchronization();
    }

    private void end() {
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
    }

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            end();
        }
    }

    @Test
    void aRowReadTwiceInOneTransactionIsLoadedOnce() {
        begin();
        assertThat(read(7)).contains("unit 7 as loaded 1");
        assertThat(read(7)).contains("unit 7 as loaded 1");
        assertThat(read(8)).contains("unit 8 as loaded 2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void theNextTransactionLoadsAgain() {
        begin();
        read(7);
        end();
        begin();
        assertThat(read(7)).contains("unit 7 as loaded 2");
    }

    @Test
    void withoutATransactionEveryReadLoads() {
        read(7);
        assertThat(read(7)).contains("unit 7 as loaded 2");
    }

    @Test
    void aForgottenRowIsLoadedAgain() {
        begin();
        read(7);
        memo.forget(7L);
        assertThat(read(7)).contains("unit 7 as loaded 2");
    }

    @Test
    void aRowKeptFromAnotherReadServesTheNext() {
        begin();
        memo.keep(7L, Optional.of("unit 7 as read in scope"));
        assertThat(read(7)).contains("unit 7 as read in scope");
        assertThat(loads).hasValue(0);
    }

    @Test
    void aMissingRowIsNotKept() {
        begin();
        assertThat(memo.get(9L, () -> {
            loads.incrementAndGet();
            return Optional.empty();
        })).isEmpty();
        assertThat(read(9)).contains("unit 9 as loaded 2");
    }
}
