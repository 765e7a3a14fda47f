package com.estatecare.accountability.internal;

import com.estatecare.accountability.FineStatus;
import com.estatecare.platform.DomainException;

/** A fine's state: proposed by rule, then approved or waived by a manager, once; a waiver gives its reason. */
record ProposedFine(long id, long companyId, long requestId, String scopePath, FineStatus status) {

    ProposedFine decide(FineStatus decision, String reason) {
        if (status != FineStatus.PROPOSED) {
            throw DomainException.conflict("fine-already-decided", status.name()).with("currentStatus", status.name());
        }
        if (decision == FineStatus.PROPOSED) {
            throw DomainException.invalidField("status", "decision");
        }
        if (decision == FineStatus.WAIVED && (reason == null || reason.isBlank())) {
            throw DomainException.invalidField("reason", "required");
        }
        return new ProposedFine(id, companyId, requestId, scopePath, decision);
    }
}
