package com.estatecare.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A delivery inspection (交付验房) of a unit: its appointment, who inspects, when it was delivered (finished, its
 * findings handed to repair), the unit's handover date (keys handed over) and its findings.
 */
public record InspectionView(long id, long projectId, long unitId, String unit, Instant appointedAt,
        String inspector, Instant deliveredAt, LocalDate handedOverOn, long version, List<InspectionFinding> findings) {

    /**
     * What was found, where, on which component; once delivered, the repair request it became and that request's
     * status; {@code state} RECORDED, REPAIRING or CLOSED.
     */
    public record InspectionFinding(long id, Room room, String componentCode, String description, boolean hasPhoto,
            String requestNumber, Long requestId, String requestStatus, String state) {
    }
}
