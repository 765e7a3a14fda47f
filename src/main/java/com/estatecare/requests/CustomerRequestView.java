package com.estatecare.requests;


import java.time.Instant;
import java.util.List;

import com.estatecare.platform.MaskedText;
import com.estatecare.requests.RequestView.Completion;
import com.estatecare.requests.RequestView.Person;
import com.estatecare.requests.RequestView.Revisit;

import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A request as its customer reads it: what they reported, where it stands, the
 * plan or appointment agreed with them and the result. Not the staff's own
 * records: no grade, escalation, clocks or fines (other modules add those to
 * the staff's view only), no assignee or department, no investigation, no
 * complaint facts that staff assess, no linked requests.
 */
public record CustomerRequestView(long id, String number, RequestKind kind, Channel channel, RequestStatus status,
        Category category, String componentCode, boolean emergency, Long projectId, Long buildingId, Long unitId,
        String unit, Long customerId, String customerName, Person reporter,
        @JsonSerialize(using = MaskedText.class) String description, String locationInUnit, String problemSince,
        @JsonSerialize(using = MaskedText.class) String expectedOutcome, Instant receivedAt, int handlingRound, Solution solution,
        IntakeCoverage intakeWarranty, RepairPlan repairPlan, Instant planConfirmedAt, Completion completion, Instant verifiedAt, Integer ownerRating,
        Revisit revisit, Instant closedAt, long version, Instant createdAt, Instant updatedAt,
        List<String> allowedActions) implements ShownRequest {

    static CustomerRequestView of(Request r, List<String> allowedActions) {
        return new CustomerRequestView(r.id, r.number, r.kind, r.channel, r.status, r.category, r.componentCode,
                r.emergency, r.projectId, r.buildingId, r.unitId, r.unitLabel, r.customerId, r.customerName,
                RequestView.reporterOf(r), r.description, r.locationInUnit,
                r.problemSince, r.expectedOutcome, r.receivedAt, r.handlingRound,
                r.solution, r.intakeCoverage, r.repairPlan, r.planConfirmedAt, RequestView.completionOf(r),
                r.verifiedAt, r.ownerRating, r.revisitedAt == null ? null : new Revisit(r.revisitedAt, r.satisfaction), r.closedAt,
                r.version, r.createdAt, r.updatedAt, allowedActions);
    }
}
