package com.estatecare.timelimits;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/** A specialist or manager paused a request's running clocks while it waits on the customer, with a reason. */
public record TimeLimitsPaused(long requestId, long companyId, Instant at, Long actorId, String actorName,
        String reason) implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "PAUSE_TIME_LIMITS";
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
