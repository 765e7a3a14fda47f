package com.estatecare.escalation;

import java.time.Instant;

/** A consultant's opinion was recorded; {@code late} when after the consultation's due time. */
public record OpinionRecorded(long consultationId, long requestId, long companyId, long consultantId, boolean late,
        Instant at) {
}
