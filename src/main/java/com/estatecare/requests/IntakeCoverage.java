package com.estatecare.requests;

import java.time.LocalDate;

import com.estatecare.requests.ActionCommand.WarrantyStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What intake decided for a repair naming a component (SPEC §8): inside warranty (free) or outside (paid: the
 * owner accepts a quoted price before the work starts), the warranty's last day, and the version of the project's
 * certificate that decided it. A later edit of the certificate does not change it.
 */
@Embeddable
public record IntakeCoverage(
        @Enumerated(EnumType.STRING) @Column(name = "intake_warranty") WarrantyStatus warranty,
        @Column(name = "intake_warranty_ends_on") LocalDate endsOn,
        @Column(name = "intake_certificate_version") Integer certificateVersion) {

    public boolean outOfWarranty() {
        return warranty == WarrantyStatus.OUT_OF_WARRANTY;
    }
}
