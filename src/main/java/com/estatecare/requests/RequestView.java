package com.estatecare.requests;


import java.time.Instant;
import java.util.List;

import com.estatecare.platform.MaskedText;

import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A request as the API shows it; the reporter's phone is masked (SPEC §13).
 * The complaint facts are shown for complaints only.
 */
public record RequestView(long id, String number, RequestKind kind, Channel channel, RequestStatus status,
        Category category, String componentCode, boolean emergency, Long projectId, Long buildingId, Long unitId,
        String unit, Long customerId, String customerName, Person reporter,
        @JsonSerialize(using = MaskedText.class) String description, String locationInUnit, String problemSince,
        @JsonSerialize(using = MaskedText.class) String expectedOutcome, Instant receivedAt, boolean readBackConfirmed,
        String viaDepartment, Instant departmentReceivedAt, Staff firstContact, Staff assignee, String department,
        Long relatedRequestId, int handlingRound, Investigation investigation, Solution solution,
        IntakeCoverage intakeWarranty, RepairPlan repairPlan, Instant planConfirmedAt, Completion completion, Instant verifiedAt,
        Integer ownerRating, Revisit revisit, Instant closedAt,
        long version, Instant createdAt, Instant updatedAt, List<String> allowedActions, Integer complainantCount,
        Lawsuit lawsuit, Media media, Boolean needsSupport, Rectification rectification) {

    public record Person(String name, String phone) {
    }

    public record Staff(Long id, String name) {
    }

    public record Completion(Instant acceptedAt, String warranty, Long chargeFen) {
    }

    public record Revisit(Instant revisitedAt, Integer satisfaction) {
    }

    /** What was done: when it was accepted, inside or outside warranty, and the charge in fen. */
    static Completion completionOf(Request r) {
        return r.acceptedAt == null ? null
                : new Completion(r.acceptedAt, r.warrantyStatus, r.charge == null ? null : r.charge.fen());
    }

    static Person reporterOf(Request r) {
        return new Person(r.reporter == null ? null : r.reporter.name(), r.reporter == null ? null : r.reporter.maskedPhone());
    }

    static RequestView of(Request r, List<String> allowedActions) {
        ComplaintFacts complaint = r.kind == RequestKind.COMPLAINT ? r.complaint : null;
        return new RequestView(r.id, r.number, r.kind, r.channel, r.status, r.category, r.componentCode, r.emergency,
                r.projectId, r.buildingId, r.unitId, r.unitLabel, r.customerId, r.customerName,
                reporterOf(r), r.description, r.locationInUnit,
                r.problemSince, r.expectedOutcome, r.receivedAt, r.readBackConfirmed, r.viaDepartment,
                r.departmentReceivedAt, r.firstContactId == null ? null : new Staff(r.firstContactId, r.firstContactName),
                r.assigneeId == null ? null : new Staff(r.assigneeId, r.assigneeName), r.department,
                r.relatedRequestId, r.handlingRound,
                r.investigation, r.solution, r.intakeCoverage, r.repairPlan, r.planConfirmedAt, completionOf(r),
                r.verifiedAt, r.ownerRating, r.revisitedAt == null ? null : new Revisit(r.revisitedAt, r.satisfaction), r.closedAt,
                r.version, r.createdAt, r.updatedAt, allowedActions,
                complaint == null ? null : complaint.complainantCount(), complaint == null ? null : complaint.lawsuit(),
                complaint == null ? null : complaint.media(), complaint == null ? null : complaint.needsSupport(),
                r.rectification);
    }
}
