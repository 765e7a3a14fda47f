package com.estatecare.accountability;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/** A manager approved or waived a proposed fine; on the timeline as {@code FINE_APPROVED} or {@code FINE_WAIVED}. */
public record FineDecided(long fineId, long requestId, long companyId, FineStatus status, long decidedById,
        String decidedByName, String reason, Instant at) implements TimelineRecord {

    @Override
    public Long actorId() {
        return decidedById;
    }

    @Override
    public String actorName() {
        return decidedByName;
    }

    @Override
    public String timelineAction() {
        return "FINE_" + status.name();
    }

    @Override
    public String timelineNote() {
        return reason;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fineId", fineId);
        details.put("status", status);
        return details;
    }
}
