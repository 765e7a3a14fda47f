package com.estatecare.club.internal;

import com.estatecare.club.internal.ActivityRules.Status;
import com.estatecare.platform.DomainException;

/**
 * 活动评估 (seed 001's 客户会管理手册: every activity is evaluated by its participants): once an activity has been
 * held, its attendees — and only they — are sent one evaluation survey; a second one is refused, naming the first.
 */
final class EvaluationSurveyRule {

    private EvaluationSurveyRule() {
    }

    /** Whether an evaluation survey may go out now: held (or summarised), none sent before, someone attended. */
    static void launch(Status status, Long sentCampaignId, int attendees) {
        if (sentCampaignId != null) {
            throw DomainException.conflict("club-activity-evaluation-sent").with("campaignId", sentCampaignId);
        }
        if (status != Status.HELD && status != Status.SUMMARISED) {
            throw DomainException.conflict("club-activity-not-held").with("currentStatus", status);
        }
        if (attendees == 0) {
            throw DomainException.conflict("club-activity-no-attendees");
        }
    }
}
