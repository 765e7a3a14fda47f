package com.estatecare.requests;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What is recorded at intake (SPEC §3): who, which unit, what happened, where in
 * the unit, since when, what the customer expects, the channel and the time
 * received, and whether it was read back to the customer (复述确认). A complaint
 * also records the facts that decide its grade: the number of complainants,
 * a lawsuit, the media, and whether it needs a consultant or another company.
 * Those facts, the time received, and the hand-over from another department
 * are staff assessments: an owner's own intake gives none of them. Staff who
 * register a request received earlier give {@code receivedAt} with
 * {@code receivedAtReason}.
 */
public record NewRequest(
        @NotNull RequestKind kind,
        @NotNull Channel channel,
        Long unitId,
        Long customerId,
        @Valid Reporter reporter,
        Category category,
        @Size(max = 40) String componentCode,
        Boolean emergency,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 200) String locationInUnit,
        @Size(max = 100) String problemSince,
        @Size(max = 2000) String expectedOutcome,
        Instant receivedAt,
        Boolean readBackConfirmed,
        @Size(max = 40) String viaDepartment,
        Instant departmentReceivedAt,
        Long relatedRequestId,
        @Min(1) Integer complainantCount,
        Lawsuit lawsuit,
        Media media,
        Boolean needsSupport,
        @Size(max = 1000) String receivedAtReason) {

    /** Intake without the complaint facts: one complainant, no lawsuit, no media, no outside help. */
    public NewRequest(RequestKind kind, Channel channel, Long unitId, Long customerId, Reporter reporter,
            Category category, String componentCode, Boolean emergency, String description, String locationInUnit,
            String problemSince, String expectedOutcome, Instant receivedAt, Boolean readBackConfirmed,
            String viaDepartment, Instant departmentReceivedAt, Long relatedRequestId) {
        this(kind, channel, unitId, customerId, reporter, category, componentCode, emergency, description,
                locationInUnit, problemSince, expectedOutcome, receivedAt, readBackConfirmed, viaDepartment,
                departmentReceivedAt, relatedRequestId, null, null, null, null, null);
    }

    /** Somebody who is not (yet) in the registry: a caller, a tenant, a visitor. */
    public record Reporter(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 30) String phone) {
    }
}
