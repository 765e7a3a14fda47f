package com.estatecare.timelimits;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * A clock passed its limit (fired once per clock): found by the sweep, or by
 * the step that stops the clock coming too late. {@code escalate} says whether
 * the policy wants the request moved one level up the ladder. It lands on the
 * request's timeline as {@code TIME_LIMIT_BREACHED}, naming the limit.
 */
public record ClockBreached(long clockId, long requestId, long companyId, String limit, String limitName,
        Instant dueAt, Instant at, boolean escalate) implements TimelineRecord {

    @Override
    public Long actorId() {
        return null;
    }

    @Override
    public String actorName() {
        return "EstateCare";
    }

    @Override
    public String timelineAction() {
        return "TIME_LIMIT_BREACHED";
    }

    @Override
    public String timelineNote() {
        return limitName;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        return Map.of("limit", limit, "dueAt", dueAt.toString());
    }
}
