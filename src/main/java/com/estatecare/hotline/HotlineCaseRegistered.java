package com.estatecare.hotline;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/** The request was registered from a city hotline case (12345 工单): on its timeline as {@code HOTLINE_CASE}. */
public record HotlineCaseRegistered(long requestId, long caseId, String caseNumber, Instant contactDueAt,
        Instant replyDueAt, Long actorId, String actorName, Instant at) implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "HOTLINE_CASE";
    }

    @Override
    public String timelineNote() {
        return null;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        return Map.of("caseId", caseId, "caseNumber", caseNumber, "contactDueAt", contactDueAt.toString(),
                "replyDueAt", replyDueAt.toString());
    }
}
