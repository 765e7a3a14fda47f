package com.estatecare.timelimits;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/** A specialist or manager resumed a request's paused clocks, with a reason; they continue with the time left. */
public record TimeLimitsResumed(long requestId, long companyId, Instant at, Long actorId, String actorName,
        String reason) implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "RESUME_TIME_LIMITS";
    }

    @Override
    public String timelineNote() {
        return reason;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        return Map.of();
    }
}
