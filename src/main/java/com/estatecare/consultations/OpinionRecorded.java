package com.estatecare.consultations;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * A consultant's opinion was recorded; {@code late} when after the consultation's due time.
 * On the timeline as {@code CONSULTANT_OPINION}, with the opinion as its note.
 */
public record OpinionRecorded(long consultationId, long requestId, long companyId, long consultantId,
        String consultantName, String opinion, boolean late, Instant at) implements TimelineRecord {

    @Override
    public Long actorId() {
        return consultantId;
    }

    @Override
    public String actorName() {
        return consultantName;
    }

    @Override
    public String timelineAction() {
        return "CONSULTANT_OPINION";
    }

    @Override
    public String timelineNote() {
        return opinion;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        return Map.of("consultationId", consultationId, "late", late);
    }
}
