package com.estatecare.escalation;

import java.time.Instant;

/** A request asked a consultant for an opinion; {@code consultantId} is null when any consultant may answer. */
public record ConsultationRequested(long consultationId, long requestId, long companyId, ConsultantField field,
        Long consultantId, Instant dueAt, Instant at) {
}
