package com.estatecare.policies;

import java.time.Instant;

/** A policy as it was in force from {@code changedAt}: who changed it, why, and its version. */
public record Versioned<T>(String kind, long companyId, int version, T policy, Instant changedAt, String changedBy,
        String reason) {
}
