package com.estatecare.requests;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What is recorded at intake (SPEC §3): who, which unit, what happened, where in
 * the unit, since when, what the customer expects, the channel and the time
 * received, and whether it was read back to the customer (复述确认).
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
        Long relatedRequestId) {

    /** Somebody who is not (yet) in the registry: a caller, a tenant, a visitor. */
    public record Reporter(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 30) String phone) {
    }
}
