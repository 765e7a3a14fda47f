package com.estatecare.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A customer read twice in one transaction is loaded once, unless they changed in between. */
class CustomersReadTests {

    private final CustomersRead read = new CustomersRead();
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<CustomerView> customer(long id) {
        return read.get(id, () -> {
            loads.incrementAndGet();
            return Optional.of(new CustomerView(id, 1, "王女士", CustomerKind.NEW_OWNER, null, null, null, null, null, null,
                    "/1/", 0, null, null, null));
        });
    }

    @BeforeEach
    void begin() {
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void end() {
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void aCustomerReadTwiceInOneTransactionIsLoadedOnce() {
        customer(3);
        customer(3);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aChangedCustomerIsReadAgain() {
        customer(3);
        read.on(new CustomerChanged(3, 1, "/1/", "AMENDED", Map.of(), Map.of(), Instant.EPOCH));
        customer(3);
        assertThat(loads).hasValue(2);
    }

    @Test
    void anonymisedCustomersAreReadAgain() {
        customer(3);
        customer(4);
        read.forget(List.of(3L));
        customer(3);
        customer(4);
        assertThat(loads).hasValue(3);
    }
}
