package com.estatecare.registry.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CustomerDirectory;

/** Tells the organisation which company a customer belongs to, for owner accounts. */
@Component
class RegistryCustomerDirectory implements CustomerDirectory {

    private final CustomerRepository customers;

    RegistryCustomerDirectory(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> companyOf(long customerId) {
        return customers.findById(customerId).map(customer -> customer.companyId);
    }
}
