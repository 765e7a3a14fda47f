package com.estatecare.surveys.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.estatecare.registry.SurveyAudiences.Audience;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A survey campaign (满意度调查): one template version sent at a milestone to an audience of some projects, all
 * or a sample drawn with the recorded seed; its targets and how many answered.
 */
@Schema(name = "SurveyCampaign")
record SurveyCampaign(long id, String name, long templateId, String templateName, String templateNameEn,
        int templateVersion, Milestone milestone, Audience audience, List<Long> projectIds,
        SurveySampling.Mode sampling, Integer sampleSize, String seed, int candidates, long targets, long answered,
        BigDecimal responseRate, LocalDate dueOn, String createdByName, Instant createdAt) {

    /** When a survey is sent (SPEC §10; seed 001: 签约后的满意度回访, activities). */
    enum Milestone {
        /** 签约后 */
        AFTER_SIGNING,
        /** 交付后 */
        AFTER_DELIVERY,
        /** 年度 */
        YEARLY,
        /** 活动后 */
        AFTER_ACTIVITY
    }

    /** answered ÷ targets, four decimals; null without targets. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
