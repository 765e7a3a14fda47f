package com.estatecare.customerfile.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.customerfile.CustomerFile;
import com.estatecare.registry.CustomerRegistered;
import com.estatecare.registry.OwnershipRecorded;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.RequestTransitioned;

/** Writes what happened to a customer into their file, once per event even if it is delivered again. */
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

    @ApplicationModuleListener
    void on(RequestRegistered event) {
        if (event.customerId() == null) {
            return;
        }
        file.append(event.companyId(), event.customerId(), event.receivedAt(), "REQUEST_REGISTERED", event.number(),
                List.of("kind." + event.kind(), event.number()),
                "request:" + event.requestId(), false);
    }

    @ApplicationModuleListener
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
