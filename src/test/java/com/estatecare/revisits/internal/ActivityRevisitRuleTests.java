package com.estatecare.revisits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.revisits.RevisitAnswered.Method;
import com.estatecare.revisits.RevisitPolicy;

/** The rules of a revisit made during a club activity (decision 051). */
class ActivityRevisitRuleTests {

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final RevisitPolicy WEEK = new RevisitPolicy(7, RevisitPolicy.DayCount.CALENDAR_DAYS, 3);

    @Test
    void onlyARevisitDuringAnActivityNamesOneAndItMust() {
        assertThat(ActivityRevisitRule.methodProblem(Method.ACTIVITY, 5L)).isNull();
        assertThat(ActivityRevisitRule.methodProblem(Method.ACTIVITY, null)).isEqualTo("required");
        assertThat(ActivityRevisitRule.methodProblem(Method.PHONE, 5L)).isEqualTo("activity-method-only");
        assertThat(ActivityRevisitRule.methodProblem(Method.HOME_VISIT, 5L)).isEqualTo("activity-method-only");
        assertThat(ActivityRevisitRule.methodProblem(Method.PHONE, null)).isNull();
    }

    @Test
    void anActivityBeingHeldOrEndedWithinThePolicysDaysIsAroundTheRevisit() {
        assertThat(ActivityRevisitRule.around(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)), NOW, WEEK))
                .as("being held").isTrue();
        assertThat(ActivityRevisitRule.around(NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(7)), NOW, WEEK))
                .as("ended exactly the policy's days ago").isTrue();
        assertThat(ActivityRevisitRule.around(NOW, NOW.plus(Duration.ofHours(2)), NOW, WEEK)).as("begins now").isTrue();
    }

    @Test
    void anActivityStillToComeOrLongPastIsNotAroundTheRevisit() {
        assertThat(ActivityRevisitRule.around(NOW.plusSeconds(1), NOW.plus(Duration.ofHours(2)), NOW, WEEK))
                .as("still to come").isFalse();
        assertThat(ActivityRevisitRule.around(NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(7)).minusSeconds(1),
                NOW, WEEK)).as("ended more than the policy's days ago").isFalse();
        RevisitPolicy threeDays = new RevisitPolicy(3, RevisitPolicy.DayCount.CALENDAR_DAYS, 3);
        assertThat(ActivityRevisitRule.around(NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(4)), NOW,
                threeDays)).as("the administrator's policy decides the days").isFalse();
        assertThat(ActivityRevisitRule.earliestEnd(NOW, threeDays)).isEqualTo(NOW.minus(Duration.ofDays(3)));
    }
}
