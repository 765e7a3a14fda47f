package com.estatecare.club.internal;

/**
 * What earns points (积分规则) and how long they last, as an administrator sets them
 * ({@code PUT /api/v1/policies/club-points}): points for joining, for attending an activity, for referring a buyer
 * who signs, and for answering a survey (0 turns a rule off); points earned in a year stay valid until the end of the
 * {@code validYears}-th year after it (default 1: earned in 2026, usable until 31 December 2027).
 */
public record PointsPolicy(int joining, int attending, int referral, int survey, int validYears) {

    static PointsPolicy defaults() {
        return new PointsPolicy(100, 50, 1000, 20, 1);
    }

    /** The points a rule earns under this policy. */
    int pointsFor(EarnRule rule) {
        return switch (rule) {
            case JOIN -> joining;
            case ACTIVITY -> attending;
            case REFERRAL -> referral;
            case SURVEY -> survey;
        };
    }
}
