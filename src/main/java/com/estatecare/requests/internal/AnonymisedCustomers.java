package com.estatecare.requests.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.registry.CustomerAnonymised;
import com.estatecare.registry.CustomerRecords;

/**
 * When the registry anonymises a customer (删除, PIPL art. 47), the requests forget the copy of the name they keep
 * beside the customer's id, in the same transaction; the requests themselves stay as service records. A reporter
 * named on a request (a tenant, a relative) is another person and stays.
 */
@Component
class AnonymisedCustomers {

    private final JdbcClient jdbc;

    AnonymisedCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomerAnonymised e) {
        jdbc.sql("update request set customer_name = :name where customer_id = :customer")
                .param("name", CustomerRecords.ANONYMISED_NAME).param("customer", e.customerId()).update();
    }
}
