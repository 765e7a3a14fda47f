package com.estatecare.registry;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.estatecare.platform.TransactionMemo;

/**
 * The customers read in the current transaction, read from the database once: an intake reads its customer, and
 * the owner's acknowledgement, written by a listener in the same transaction, reads them again. Every change of
 * a customer is told as a {@link CustomerChanged} in its transaction and forgets them here; the bulk
 * anonymisation of the retention sweeps forgets its customers itself.
 */
@Component
class CustomersRead {

    private final TransactionMemo<Long, CustomerView> read = new TransactionMemo<>();

    Optional<CustomerView> get(long id, Supplier<Optional<CustomerView>> load) {
        return read.get(id, load);
    }

    Optional<CustomerView> keep(long id, Optional<CustomerView> customer) {
        return read.keep(id, customer);
    }

    void forget(Collection<Long> ids) {
        ids.forEach(read::forget);
    }

    @EventListener
    void on(CustomerChanged change) {
        read.forget(change.customerId());
    }
}
