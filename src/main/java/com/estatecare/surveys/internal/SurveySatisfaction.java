package com.estatecare.surveys.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The satisfaction figures of a set of survey targets (docs/kpis.md, "Satisfaction surveys"): seed 001 defines
 * satisfaction as the gap between expectation and experience (客户满意度 = 客户期望值 − 客户体验值) without a way to
 * measure either, so the figures count the answers to the template's overall-satisfaction question (1–5), with
 * the same reading as the owners' rating of a request: 4 or 5 is satisfied.
 *
 * <pre>
 * response rate  = answered ÷ targets
 * satisfied rate = answers rating 4 or 5 ÷ answers to the satisfaction question
 * average        = sum of those ratings ÷ their number
 * </pre>
 * A rate over nothing is null (no data), rates have four decimals, the average two.
 */
@Schema(name = "SurveySatisfaction")
record SurveySatisfaction(long targets, long answered, long rated, long satisfied, long scoreSum,
        BigDecimal responseRate, BigDecimal satisfiedRate, BigDecimal averageScore) {

    /** The lowest rating that counts as satisfied. */
    static final int SATISFIED_FROM = com.estatecare.surveys.SurveyFigures.SATISFIED_FROM;

    static SurveySatisfaction of(long targets, long answered, long rated, long satisfied, long scoreSum) {
        return new SurveySatisfaction(targets, answered, rated, satisfied, scoreSum, SurveyCampaign.rate(answered, targets),
                SurveyCampaign.rate(satisfied, rated), rated == 0 ? null
                        : BigDecimal.valueOf(scoreSum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP));
    }
}
