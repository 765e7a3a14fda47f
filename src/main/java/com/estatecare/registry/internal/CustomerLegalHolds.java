package com.estatecare.registry.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.retention.LegalHold;
import com.estatecare.retention.LegalHoldChanged;
import com.estatecare.retention.LegalHoldReason;
import com.estatecare.retention.LegalHoldRoles;

/**
 * The legal hold (法律冻结) of a customer, on their own row: while it holds, neither the customer nor any of their
 * requests is anonymised or loses photos or recordings to a retention sweep, and an erasure leaves them. Staff who
 * see the customer read it; managers, HQ and administrators put and release it with a reason, each audited.
 */
@Component
class CustomerLegalHolds {

    private final Registry registry;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerLegalHolds(Registry registry, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    LegalHold of(long id, CurrentUser user) {
        CustomerView customer = visible(id, user);
        if (user.isOwner()) {
            throw DomainException.forbidden("forbidden");
        }
        return read(customer.id());
    }

    @Transactional
    LegalHold hold(long id, String reason, CurrentUser user) {
        CustomerView customer = visible(id, user);
        LegalHoldRoles.check(user);
        String why = LegalHoldReason.check(reason);
        jdbc.sql("""
                update customer set legal_hold_reason = :reason, legal_hold_by = :by, legal_hold_at = :at
                where id = :id""")
                .param("reason", why).param("by", user.displayName()).param("at", Timestamp.from(clock.instant()))
                .param("id", customer.id()).update();
        events.publishEvent(new LegalHoldChanged("CUSTOMER", customer.id(), customer.companyId(),
                customer.scopePath(), true, why));
        return read(customer.id());
    }

    @Transactional
    LegalHold release(long id, String reason, CurrentUser user) {
        CustomerView customer = visible(id, user);
        LegalHoldRoles.check(user);
        String why = LegalHoldReason.check(reason);
        int released = jdbc.sql("""
                update customer set legal_hold_reason = null, legal_hold_by = null, legal_hold_at = null
                where id = :id and legal_hold_at is not null""").param("id", customer.id()).update();
        if (released == 1) {
            events.publishEvent(new LegalHoldChanged("CUSTOMER", customer.id(), customer.companyId(),
                    customer.scopePath(), false, why));
        }
        return read(customer.id());
    }

    private CustomerView visible(long id, CurrentUser user) {
        return registry.customerVisibleTo(id, user).orElseThrow(() -> DomainException.notFound("customer"));
    }

    private LegalHold read(long id) {
        return jdbc.sql("select legal_hold_reason, legal_hold_by, legal_hold_at from customer where id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("legal_hold_at");
                    return at == null ? LegalHold.none()
                            : new LegalHold(true, rs.getString("legal_hold_reason"), rs.getString("legal_hold_by"),
                                    at.toInstant());
                }).single();
    }
}
