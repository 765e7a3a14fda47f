package com.estatecare.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.platform.DomainException;
import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionSwept;
import com.estatecare.retention.RetentionSwept.DataKind;
import com.estatecare.registry.internal.Customer;
import com.estatecare.registry.internal.CustomerRepository;

/**
 * The owner's rights applied to the customer record, which the registry owns (PIPL art. 46–47): a correction of
 * one contact fact (更正) and the anonymisation of the person (删除/匿名化). Both are audited as customer changes
 * ({@link CustomerChanged}, change {@code CORRECTED} or {@code ANONYMISED}); the callers check who may ask. The
 * anonymisation itself is {@link CustomerAnonymisation}, which the retention sweep of prospects uses too.
 */
@Service
public class CustomerRecords {

    /** The facts an owner may ask to correct (更正). */
    public static final Set<String> CORRECTABLE = Set.of("name", "phone", "email", "wechat");
    /** The name an anonymised customer keeps: the record stays, the person does not. */
    public static final String ANONYMISED_NAME = RetentionPolicy.ANONYMISED;
    /** What an audit entry shows for an erased value: never the value itself. */
    static final String ERASED = "***";

    private final CustomerRepository customers;
    private final CustomerAnonymisation anonymisation;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerRecords(CustomerRepository customers, CustomerAnonymisation anonymisation, EntityManager entities,
            ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.anonymisation = anonymisation;
        this.entities = entities;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets one of {@link #CORRECTABLE} to {@code value} (already checked: a phone as digits, an empty e-mail,
     * phone or WeChat removes it) and tells it as a customer change.
     */
    @Transactional
    public CustomerView correct(long customerId, String field, String value) {
        if (!CORRECTABLE.contains(field)) {
            throw DomainException.invalidField("field", "one-of", String.join(", ", new java.util.TreeSet<>(CORRECTABLE)));
        }
        Customer customer = customers.findById(customerId).orElseThrow(() -> DomainException.notFound("customer"));
        CustomerView before = customer.view();
        customer.correct(field, value == null || value.isEmpty() ? null : value, clock.instant());
        customers.flush();
        events.publishEvent(CustomerChanged.between(before, customer.view(), "CORRECTED", clock.instant()));
        return customer.view();
    }

    /**
     * Anonymises the customer ({@link CustomerAnonymisation}); their units, ownerships, warranties, requests and consent
     * records stay and point at the anonymised record. The change is told with the erased values as {@value #ERASED}
     * (the audit log must not keep what was erased), then {@link CustomerAnonymised} for modules keeping copies, and a
     * {@link RetentionSwept} of kind {@code ERASURE} for those that anonymise their copies as the sweeps make them
     * (the customer file, decision 043) and for the audit log.
     */
    @Transactional
    public CustomerView anonymise(long customerId) {
        Customer customer = customers.findById(customerId).orElseThrow(() -> DomainException.notFound("customer"));
        CustomerView before = customer.view();
        Instant now = clock.instant();
        customers.flush();
        if (anonymisation.anonymise(List.of(customerId), now).isEmpty()) {
            return before; // held or anonymised before: nothing changes (callers refuse a held one first)
        }
        entities.refresh(customer);
        CustomerChanged change = CustomerChanged.between(before, customer.view(), "ANONYMISED", now);
        Map<String, String> erased = new TreeMap<>();
        change.before().keySet().forEach(field -> erased.put(field, ERASED));
        events.publishEvent(new CustomerChanged(change.customerId(), change.companyId(), change.scopePath(),
                change.change(), erased, change.after(), now));
        events.publishEvent(new CustomerAnonymised(customerId, before.companyId(), before.scopePath(), now));
        events.publishEvent(new RetentionSwept(DataKind.ERASURE, before.companyId(), 0, now, "CUSTOMER",
                List.of(customerId)));
        return customer.view();
    }
}
