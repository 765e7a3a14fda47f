package com.estatecare.escalation;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * A repair reported again should have become a complaint, but nobody owns it (no
 * first-contact staff member, no assignee) to register it ({@code ESCALATE_NO_COMPLAINT}).
 */
public record FollowUpComplaintNotRegistered(long requestId, String actorName, Instant at) implements TimelineRecord {

    @Override
    public Long actorId() {
        return null;
    }

    @Override
    public String timelineAction() {
        return "ESCALATE_NO_COMPLAINT";
    }

    @Override
    public String timelineNote() {
        return "no first-contact staff member to register the complaint";
    }

    @Override
    public Map<String, Object> timelineDetails() {
        return Map.of();
    }
}
