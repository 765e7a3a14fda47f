package com.estatecare.consultations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * A request asked a consultant for an opinion; {@code consultantId} is null when any consultant may answer.
 * On the timeline as {@code CONSULTATION_REQUESTED}, by the staff member who asked.
 */
public record ConsultationRequested(long consultationId, long requestId, long companyId, ConsultantField field,
        Long consultantId, String question, Instant dueAt, Long actorId, String actorName, Instant at)
        implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "CONSULTATION_REQUESTED";
    }

    @Override
    public String timelineNote() {
        return question;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("consultationId", consultationId);
        details.put("field", field);
        details.put("dueAt", dueAt);
        if (consultantId != null) {
            details.put("consultantId", consultantId);
        }
        return details;
    }
}
