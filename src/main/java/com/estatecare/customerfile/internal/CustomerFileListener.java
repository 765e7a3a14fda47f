package com.estatecare.customerfile.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.customerfile.CustomerFile;
import com.estatecare.delivery.ProgressNoticePublished;
import com.estatecare.registry.CustomerRegistered;
import com.estatecare.registry.OwnershipRecorded;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.sales.SalesStepRecorded;

/**
 * Writes what happened to a customer into their file, once per event even if it is delivered again.
 * A request's registration and steps are written in the publisher's transaction (a synchronous
 * listener, one insert): the entry commits with the request or not at all, and the intake pays no
 * event publication and no transactions after its commit. The registry's events follow after the
 * commit through the publication registry.
 */
@Component
class CustomerFileListener {

    private final CustomerFile file;

    CustomerFileListener(CustomerFile file) {
        this.file = file;
    }

    @ApplicationModuleListener
    void on(CustomerRegistered event) {
        file.append(event.companyId(), event.customerId(), event.at(), "CUSTOMER_REGISTERED", null,
                List.of("customerkind." + event.kind()), "customer:" + event.customerId(), false);
    }

    @ApplicationModuleListener
    void on(OwnershipRecorded event) {
        file.append(event.companyId(), event.customerId(), event.at(), "OWNERSHIP_RECORDED", null,
                List.of("ownershiprole." + event.role(), event.unitLabel()), "ownership:" + event.unitId(), false);
    }

    /** A construction progress notice goes on the file of each buyer it was published to, once. */
    @ApplicationModuleListener
    void on(ProgressNoticePublished event) {
        for (long customer : event.customerIds()) {
            file.append(event.companyId(), customer, event.at(), "PROGRESS_NOTICE", event.month(),
                    List.of(event.project(), event.month(), event.title()), "notice:" + event.noticeId(), false);
        }
    }

    /**
     * A step of the sales stage (visit, follow-up, subscription, contract, payment, loan and certificate steps,
     * check-out, handover) goes on the customer's file in the step's own transaction, as a request's steps do.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SalesStepRecorded event) {
        file.append(event.companyId(), event.customerId(), event.at(), "SALES_" + event.fact(), event.reference(),
                event.terms(), event.key(), event.internal());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestRegistered event) {
        if (event.customerId() == null) {
            return;
        }
        file.append(event.companyId(), event.customerId(), event.receivedAt(), "REQUEST_REGISTERED", event.number(),
                List.of("kind." + event.kind(), event.number()),
                "request:" + event.requestId(), false);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestTransitioned event) {
        if (event.customerId() == null) {
            return;
        }
        file.append(event.companyId(), event.customerId(), event.at(), "REQUEST_STEP", event.number(),
                List.of("kind." + event.kind(), event.number(), "action." + event.action(), "status." + event.from(),
                        "status." + event.to()),
                "step:" + event.requestId() + ":" + event.step(), !event.toldToTheCustomer());
    }
}
