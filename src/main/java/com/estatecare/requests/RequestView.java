package com.estatecare.requests;

import java.time.Instant;
import java.util.List;

import com.estatecare.platform.PhoneNumber;

/**
 * A request as the API shows it; the reporter's phone is masked (SPEC §13).
 * The complaint facts are shown for complaints only.
 */
public record RequestView(long id, String number, RequestKind kind, Channel channel, RequestStatus status,
        Category category, String componentCode, boolean emergency, Long projectId, Long buildingId, Long unitId,
        String unit, Long customerId, String customerName, Person reporter, String description, String locationInUnit,
        String problemSince, String expectedOutcome, Instant receivedAt, boolean readBackConfirmed,
        String viaDepartment, Instant departmentReceivedAt, Staff firstContact, Staff assignee, String department,
        Long relatedRequestId, int handlingRound, Investigation investigation, Solution solution,
        RepairPlan repairPlan, Completion completion, Instant verifiedAt, Revisit revisit, Instant closedAt,
        long version, Instant createdAt, Instant updatedAt, List<String> allowedActions, Integer complainantCount,
        Lawsuit lawsuit, Media media, Boolean needsSupport) {

    public record Person(String name, String phone) {
    }

    public record Staff(Long id, String name) {
    }

    /** 调查: the true cause, the responsible party, severity and scope. */
    public record Investigation(String cause, String responsibleParty, String severity, String scope) {
    }

    /** 解决方案: measures, deadline, responsible department. */
    public record Solution(String measures, Instant deadline, String department) {
    }

    /** 维修方案: time, materials, people, and the advance notice to the owner. */
    public record RepairPlan(Instant scheduledAt, String materials, String workers, Instant ownerNotifiedAt) {
    }

    public record Completion(Instant acceptedAt, String warranty, Long chargeFen) {
    }

    public record Revisit(Instant revisitedAt, Integer satisfaction) {
    }

    static RequestView of(Request r, List<String> allowedActions) {
        boolean complaint = r.kind == RequestKind.COMPLAINT;
        return new RequestView(r.id, r.number, r.kind, r.channel, r.status, r.category, r.componentCode, r.emergency,
                r.projectId, r.buildingId, r.unitId, r.unitLabel, r.customerId, r.customerName,
                new Person(r.reporterName, PhoneNumber.mask(r.reporterPhone)), r.description, r.locationInUnit,
                r.problemSince, r.expectedOutcome, r.receivedAt, r.readBackConfirmed, r.viaDepartment,
                r.departmentReceivedAt, r.firstContactId == null ? null : new Staff(r.firstContactId, r.firstContactName),
                r.assigneeId == null ? null : new Staff(r.assigneeId, r.assigneeName), r.department,
                r.relatedRequestId, r.handlingRound,
                r.investigationCause == null ? null : new Investigation(r.investigationCause, r.investigationParty,
                        r.investigationSeverity, r.investigationScope),
                r.solutionMeasures == null ? null : new Solution(r.solutionMeasures, r.solutionDeadline,
                        r.solutionDepartment),
                r.planScheduledAt == null ? null : new RepairPlan(r.planScheduledAt, r.planMaterials, r.planWorkers,
                        r.planOwnerNotifiedAt),
                r.acceptedAt == null ? null : new Completion(r.acceptedAt, r.warrantyStatus, r.chargeFen),
                r.verifiedAt, r.revisitedAt == null ? null : new Revisit(r.revisitedAt, r.satisfaction), r.closedAt,
                r.version, r.createdAt, r.updatedAt, allowedActions, complaint ? r.complainantCount : null,
                complaint ? r.lawsuit : null, complaint ? r.media : null, complaint ? r.needsSupport : null);
    }
}
