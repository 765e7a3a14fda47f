package com.estatecare.warranty;

import java.time.LocalDate;
import java.util.List;

/** A unit's warranty: its handover date, the certificate version it reads, and each covered component. */
public record UnitWarranty(long unitId, long projectId, String unitLabel, LocalDate handedOverOn,
        int certificateVersion, LocalDate today, List<ComponentWarranty> components) {
}
