package com.estatecare.escalation;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/** A request already at headquarters was escalated again: it stays, and the timeline says so ({@code ESCALATE_AT_TOP}). */
public record EscalationStayedAtTop(long requestId, EscalationLevel level, EscalationReason reasonCode,
        Long actorId, String actorName, String note, Instant at) implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "ESCALATE_AT_TOP";
    }

    @Override
    public String timelineNote() {
        return note;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        return Map.of("level", level, "rule", reasonCode);
    }
}
