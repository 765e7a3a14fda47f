package com.estatecare.delivery.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestTransitioned;

/**
 * Follows the repairs that findings became: each step of a repair request sets the status its finding shows, in the
 * step's own transaction (one indexed update, matching nothing for the repairs that did not come from a finding).
 */
@Component
class FindingRepairs {

    private final InspectionRows rows;

    FindingRepairs(InspectionRows rows) {
        this.rows = rows;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestTransitioned event) {
        if (event.kind() == RequestKind.REPAIR && event.from() != event.to()) {
            rows.requestStatus(event.companyId(), event.requestId(), event.to().name());
        }
    }
}
