package com.estatecare.requests;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/requests/{id}/actions/{action}}. Which fields
 * an action needs is checked by the action; {@code version}, when given, must
 * be the current one (optimistic locking). {@code internal: true} keeps a step
 * that the customer is told about (and its note) off the customer's timeline.
 * {@code confirmedVia} is the channel through which staff received the
 * owner's confirmation ({@code verify}).
 */
public record ActionCommand(
        Long version,
        @Size(max = 4000) String note,
        Category category,
        @Size(max = 40) String componentCode,
        Boolean emergency,
        Long assigneeId,
        @Size(max = 40) String department,
        @Size(max = 2000) String cause,
        ResponsibleParty responsibleParty,
        Severity severity,
        @Size(max = 2000) String scope,
        @Size(max = 2000) String measures,
        Instant deadline,
        @Size(max = 40) String solutionDepartment,
        Instant scheduledAt,
        @Size(max = 2000) String materials,
        @Size(max = 400) String workers,
        Instant ownerNotifiedAt,
        WarrantyStatus warranty,
        @Min(0) Long chargeFen,
        Boolean satisfied,
        @Min(1) @Max(5) Integer satisfaction,
        Boolean followedUp,
        Long relatedRequestId,
        @Min(1) Integer complainantCount,
        Lawsuit lawsuit,
        Media media,
        Boolean needsSupport,
        Boolean internal,
        Channel confirmedVia) {

    /** A step that changes no complaint facts. */
    public ActionCommand(Long version, String note, Category category, String componentCode, Boolean emergency,
            Long assigneeId, String department, String cause, ResponsibleParty responsibleParty, Severity severity,
            String scope, String measures, Instant deadline, String solutionDepartment, Instant scheduledAt,
            String materials, String workers, Instant ownerNotifiedAt, WarrantyStatus warranty, Long chargeFen,
            Boolean satisfied, Integer satisfaction, Boolean followedUp, Long relatedRequestId) {
        this(version, note, category, componentCode, emergency, assigneeId, department, cause, responsibleParty,
                severity, scope, measures, deadline, solutionDepartment, scheduledAt, materials, workers,
                ownerNotifiedAt, warranty, chargeFen, satisfied, satisfaction, followedUp, relatedRequestId, null, null,
                null, null, null, null);
    }

    public static ActionCommand empty() {
        return new ActionCommand(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** 责任方 found by the complaint investigation. */
    public enum ResponsibleParty { DEVELOPER, CONTRACTOR, SUPPLIER, PROPERTY_COMPANY, CUSTOMER, OTHER }

    /** How serious the investigated problem is. */
    public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

    /** Inside warranty the repair is free; outside it is paid at the quoted price. */
    public enum WarrantyStatus { IN_WARRANTY, OUT_OF_WARRANTY }
}
