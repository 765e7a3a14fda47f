package com.estatecare.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 调查: what a complaint's investigation found — the true cause, the responsible party, severity and scope. */
@Embeddable
public record Investigation(
        @Column(name = "investigation_cause") String cause,
        @Column(name = "investigation_party") String responsibleParty,
        @Column(name = "investigation_severity") String severity,
        @Column(name = "investigation_scope") String scope) {
}
