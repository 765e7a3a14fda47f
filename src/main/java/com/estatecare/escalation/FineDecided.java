package com.estatecare.escalation;

import java.time.Instant;

/** A manager approved or waived a proposed fine. */
public record FineDecided(long fineId, long requestId, long companyId, FineStatus status, long decidedById,
        String reason, Instant at) {
}
