package com.estatecare.consultations;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * A consultation passed its due time without an opinion; published once per
 * consultation. {@code requestedById} asked; {@code consultantId} is the named
 * consultant, or {@code null} when any consultant of the company may answer.
 * On the timeline as {@code CONSULTATION_OVERDUE}.
 */
public record ConsultationOverdue(long consultationId, long requestId, long companyId, ConsultantField field,
        long requestedById, Long consultantId, Instant dueAt, Instant at) implements TimelineRecord {

    @Override
    public Long actorId() {
        return null;
    }

    @Override
    public String actorName() {
        return "顾问支持制";
    }

    @Override
    public String timelineAction() {
        return "CONSULTATION_OVERDUE";
    }

    @Override
    public String timelineNote() {
        return null;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        return Map.of("consultationId", consultationId, "field", field, "dueAt", dueAt);
    }
}
