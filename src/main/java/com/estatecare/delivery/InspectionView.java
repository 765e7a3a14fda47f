package com.estatecare.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A delivery inspection (交付验房) of a unit: its appointment, who inspects, when it was delivered (finished, its
 * findings handed to repair), the unit's handover date (keys handed over), the checklist version it is recorded
 * against with its results, its findings (defects), and the owner's sign-off or refusal; signed off, it is closed.
 */
public record InspectionView(long id, long projectId, long unitId, String unit, Instant appointedAt,
        String inspector, Instant deliveredAt, LocalDate handedOverOn, long version, List<InspectionFinding> findings,
        Integer checklistVersion, List<InspectionResult> results, Instant signedOffAt, Instant refusedAt,
        String refusalReason) {

    /**
     * What was found, where, on which component; once delivered, the repair request it became and that request's
     * status; {@code state} RECORDED, REPAIRING or CLOSED. A defect of the checklist names its item and what was
     * measured; any finding may have a place, photos, the contractor responsible, the day to be rectified by, and
     * its re-inspection (passed or not; a failed one is followed by a new finding, {@code followsFindingId}); a
     * defect of the checklist names the result it came from ({@code resultId}).
     */
    public record InspectionFinding(long id, Room room, String componentCode, String description, boolean hasPhoto,
            String requestNumber, Long requestId, String requestStatus, String state, String itemCode,
            BigDecimal measured, String place, Long contractorId, String contractor, LocalDate rectifyBy,
            List<Long> photoIds, Instant reinspectedAt, Boolean reinspectionPassed, String reinspectionNote,
            Long followsFindingId, Long resultId) {
    }

    /** A result of the checklist in one room: the value measured (a measurement) and whether it passed. */
    public record InspectionResult(long id, Room room, String roomName, String itemCode, BigDecimal value, boolean passed,
            Instant recordedAt) {
    }

    /** Signed off by the owner: the inspection is closed. */
    public boolean closed() {
        return signedOffAt != null;
    }
}
