package com.estatecare.hotline.internal;

import java.time.Instant;

import com.estatecare.requests.RequestKind;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A case as the city hotline forwards it (12345 转办单): its number, the hotline's category, the citizen, what they
 * said, when it was forwarded, and the request it becomes (a complaint unless said otherwise; a unit or customer
 * when known). {@code contactWorkingDays} and {@code replyWorkingDays} are the case's own deadlines when the hotline
 * set others than the policy's.
 */
record HotlineCaseForm(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+") String caseNumber,
        @NotBlank @Size(max = 60) String category, @NotBlank @Size(max = 100) String citizenName,
        @NotBlank @Size(max = 30) String citizenPhone, @NotBlank @Size(max = 3800) String text, Instant forwardedAt,
        RequestKind kind, Long unitId, Long customerId,
        @Min(1) @Max(HotlinePolicyDefinition.MAX_WORKING_DAYS) Integer contactWorkingDays,
        @Min(1) @Max(HotlinePolicyDefinition.MAX_WORKING_DAYS) Integer replyWorkingDays) {
}
