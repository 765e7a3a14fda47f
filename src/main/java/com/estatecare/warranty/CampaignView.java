package com.estatecare.warranty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A maintenance campaign (定期保养) with its progress: visits planned, done, rated by their owners, and the
 * owners' average rating (1–5; null before the first).
 */
public record CampaignView(long id, long projectId, String componentCode, String title, LocalDate startsOn,
        LocalDate endsOn, String createdBy, Instant createdAt, long visits, long done, long rated,
        Double averageRating) {

    /**
     * A planned visit: its campaign (title, component), the unit, the day, when it was done, by whom and with what
     * note, the owner's rating (1–5) and comment.
     */
    public record Visit(long id, long campaignId, String campaign, String componentCode, long unitId, String unit,
            LocalDate plannedOn, Instant doneAt, String doneBy, String note, Integer rating, String ratingComment) {
    }
}
