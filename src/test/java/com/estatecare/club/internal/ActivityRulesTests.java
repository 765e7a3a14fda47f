package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.club.internal.ActivityRules.Budget;
import com.estatecare.club.internal.ActivityRules.Place;
import com.estatecare.club.internal.ActivityRules.Status;
import com.estatecare.platform.DomainException;

/** The rules of a club activity, each named after it. */
class ActivityRulesTests {

    private static final Instant STARTS = Instant.parse("2026-11-24T06:00:00Z"); // 14:00 in Shanghai

    @Test
    void aMemberIsConfirmedWhilePlacesAreFreeAndWaitsWhenTheyAreTaken() {
        assertThat(ActivityRules.signUp(2, 1)).isEqualTo(Place.CONFIRMED);
        assertThat(ActivityRules.signUp(2, 2)).isEqualTo(Place.WAITING);
    }

    @Test
    void onlyAConfirmedCancellationGivesItsPlaceToTheFirstInLine() {
        assertThat(ActivityRules.promotesNext(Place.CONFIRMED)).isTrue();
        assertThat(ActivityRules.promotesNext(Place.WAITING)).isFalse();
    }

    @Test
    void theRequesterOfABudgetCannotApproveIt() {
        assertThatThrownBy(() -> ActivityRules.budgetDecision(Budget.REQUESTED, 7L, 7))
                .isInstanceOf(DomainException.Forbidden.class).hasMessage("club-activity-budget-four-eyes");
        ActivityRules.budgetDecision(Budget.REQUESTED, 7L, 8);
        assertThatThrownBy(() -> ActivityRules.budgetDecision(Budget.NONE, null, 8))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void anActivityOpensForSignUpOnlyWithItsBudgetApprovedAndBeforeItStarts() {
        Instant before = STARTS.minusSeconds(60);
        assertThatThrownBy(() -> ActivityRules.transition(Status.PLANNED, Status.OPEN, Budget.REQUESTED, STARTS, before))
                .hasMessage("club-activity-budget-not-approved");
        assertThatThrownBy(() -> ActivityRules.transition(Status.PLANNED, Status.OPEN, Budget.APPROVED, STARTS, STARTS))
                .hasMessage("club-activity-started");
        ActivityRules.transition(Status.PLANNED, Status.OPEN, Budget.APPROVED, STARTS, before);
    }

    @Test
    void anActivityIsHeldOnceStartedSummarisedOnceHeldAndCancelledOnlyBeforeThat() {
        assertThatThrownBy(() -> ActivityRules.transition(Status.OPEN, Status.HELD, Budget.APPROVED, STARTS,
                STARTS.minusSeconds(1))).hasMessage("club-activity-not-started");
        ActivityRules.transition(Status.OPEN, Status.HELD, Budget.APPROVED, STARTS, STARTS);
        ActivityRules.transition(Status.HELD, Status.SUMMARISED, Budget.APPROVED, STARTS, STARTS);
        assertThatThrownBy(() -> ActivityRules.transition(Status.HELD, Status.CANCELLED, Budget.APPROVED, STARTS,
                STARTS)).hasMessage("club-activity-transition");
        assertThatThrownBy(() -> ActivityRules.transition(Status.OPEN, Status.SUMMARISED, Budget.APPROVED, STARTS,
                STARTS)).hasMessage("club-activity-transition");
    }

    @Test
    void checkInIsOpenFromTheActivitysDayInShanghaiWhileOpenOrHeld() {
        assertThatThrownBy(() -> ActivityRules.checkIn(Status.OPEN, STARTS, Instant.parse("2026-11-23T15:59:00Z")))
                .hasMessage("club-activity-check-in-closed");
        ActivityRules.checkIn(Status.OPEN, STARTS, Instant.parse("2026-11-23T16:00:00Z"));
        ActivityRules.checkIn(Status.HELD, STARTS, STARTS.plusSeconds(86_400));
        assertThatThrownBy(() -> ActivityRules.checkIn(Status.CANCELLED, STARTS, STARTS))
                .hasMessage("club-activity-check-in-closed");
    }

    @Test
    void onlyAnAttendeeEvaluatesAHeldActivityAndOnlyOnce() {
        assertThatThrownBy(() -> ActivityRules.evaluation(Status.OPEN, true, false))
                .hasMessage("club-activity-not-attended");
        assertThatThrownBy(() -> ActivityRules.evaluation(Status.HELD, false, false))
                .hasMessage("club-activity-not-attended");
        assertThatThrownBy(() -> ActivityRules.evaluation(Status.HELD, true, true))
                .hasMessage("club-activity-evaluated");
        ActivityRules.evaluation(Status.SUMMARISED, true, false);
    }
}
