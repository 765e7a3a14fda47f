package com.estatecare.hotline;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * The reply to the city hotline was approved and recorded (12345 回复): on the request's timeline as
 * {@code HOTLINE_REPLY}, with who drafted it, who approved it (the actor) and whether it was in time.
 */
public record HotlineReplyRecorded(long requestId, long caseId, String caseNumber, String reply, long draftedBy,
        boolean onTime, Long actorId, String actorName, Instant at) implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "HOTLINE_REPLY";
    }

    @Override
    public String timelineNote() {
        return reply;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        return Map.of("caseId", caseId, "caseNumber", caseNumber, "draftedBy", draftedBy, "onTime", onTime);
    }
}
