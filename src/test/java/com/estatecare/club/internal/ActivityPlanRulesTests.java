package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.estatecare.club.internal.ActivityRules.Status;
import com.estatecare.platform.DomainException;

/** The rules of a yearly club activity plan (and the activity's cancellation notice), each named after it. */
class ActivityPlanRulesTests {

    @Test
    void aPlanIsApprovedOnlyByAnotherClubManager() {
        assertThatThrownBy(() -> ActivityPlanRules.decide(ActivityPlanRules.Status.SUBMITTED, 7L, 7, true, false))
                .isInstanceOf(DomainException.Forbidden.class).hasMessage("club-plan-four-eyes");
        assertThat(ActivityPlanRules.decide(ActivityPlanRules.Status.SUBMITTED, 7L, 8, true, false))
                .isEqualTo(ActivityPlanRules.Status.APPROVED);
    }

    @Test
    void onlyASubmittedPlanIsDecided() {
        for (ActivityPlanRules.Status status : new ActivityPlanRules.Status[] { ActivityPlanRules.Status.DRAFT, ActivityPlanRules.Status.APPROVED,
                ActivityPlanRules.Status.REVISED }) {
            assertThatThrownBy(() -> ActivityPlanRules.decide(status, 7L, 8, true, false))
                    .isInstanceOf(DomainException.Conflict.class).hasMessage("club-plan-not-submitted");
        }
    }

    @Test
    void aReturnedPlanGoesBackToDraftOrToRevisedWhenItWasApprovedBefore() {
        assertThat(ActivityPlanRules.decide(ActivityPlanRules.Status.SUBMITTED, 7L, 8, false, false))
                .isEqualTo(ActivityPlanRules.Status.DRAFT);
        assertThat(ActivityPlanRules.decide(ActivityPlanRules.Status.SUBMITTED, 7L, 8, false, true))
                .isEqualTo(ActivityPlanRules.Status.REVISED);
    }

    @Test
    void aSubmittedPlanWaitsUnchangedForItsDecision() {
        assertThatThrownBy(() -> ActivityPlanRules.itemsEditable(ActivityPlanRules.Status.SUBMITTED))
                .isInstanceOf(DomainException.Conflict.class).hasMessage("club-plan-submitted");
        assertThatThrownBy(() -> ActivityPlanRules.afterItemChange(ActivityPlanRules.Status.SUBMITTED))
                .hasMessage("club-plan-submitted");
    }

    @Test
    void changingAnApprovedPlanMakesItRevisedAndADraftStaysADraft() {
        assertThat(ActivityPlanRules.afterItemChange(ActivityPlanRules.Status.DRAFT)).isEqualTo(ActivityPlanRules.Status.DRAFT);
        assertThat(ActivityPlanRules.afterItemChange(ActivityPlanRules.Status.APPROVED)).isEqualTo(ActivityPlanRules.Status.REVISED);
        assertThat(ActivityPlanRules.afterItemChange(ActivityPlanRules.Status.REVISED)).isEqualTo(ActivityPlanRules.Status.REVISED);
    }

    @Test
    void aDraftOrRevisedPlanWithItemsIsSubmitted() {
        ActivityPlanRules.submit(ActivityPlanRules.Status.DRAFT, 1);
        ActivityPlanRules.submit(ActivityPlanRules.Status.REVISED, 3);
        assertThatThrownBy(() -> ActivityPlanRules.submit(ActivityPlanRules.Status.DRAFT, 0)).hasMessage("club-plan-empty");
        assertThatThrownBy(() -> ActivityPlanRules.submit(ActivityPlanRules.Status.APPROVED, 3))
                .hasMessage("club-plan-not-submittable");
        assertThatThrownBy(() -> ActivityPlanRules.submit(ActivityPlanRules.Status.SUBMITTED, 3))
                .hasMessage("club-plan-not-submittable");
    }

    @Test
    void anItemsPlannedDayLiesInItsMonthOfThePlansYear() {
        assertThat(ActivityPlanRules.inMonth(null, 2027, 5)).isTrue();
        assertThat(ActivityPlanRules.inMonth(LocalDate.of(2027, 5, 31), 2027, 5)).isTrue();
        assertThat(ActivityPlanRules.inMonth(LocalDate.of(2027, 6, 1), 2027, 5)).isFalse();
        assertThat(ActivityPlanRules.inMonth(LocalDate.of(2026, 5, 10), 2027, 5)).isFalse();
    }

    @Test
    void anItemThatActivitiesRealiseIsNotRemoved() {
        ActivityPlanRules.removable(0);
        assertThatThrownBy(() -> ActivityPlanRules.removable(2)).isInstanceOf(DomainException.Conflict.class)
                .hasMessage("club-plan-item-realised");
    }

    @Test
    void anActivityRealisesAnItemOfItsOwnProjectAndYearOnly() {
        assertThat(ActivityPlanRules.realises(1, 2027, 1, 2027)).isTrue();
        assertThat(ActivityPlanRules.realises(1, 2027, 2, 2027)).isFalse();
        assertThat(ActivityPlanRules.realises(1, 2026, 1, 2027)).isFalse();
    }

    @Test
    void cancellingAnActivityTellsEachSignedUpMemberOnce() {
        assertThat(ActivityRules.tellsSignedUp(Status.CANCELLED)).isTrue();
        for (Status other : new Status[] { Status.OPEN, Status.HELD, Status.SUMMARISED }) {
            assertThat(ActivityRules.tellsSignedUp(other)).isFalse();
        }
        var event = new com.estatecare.club.ActivityCancelled(1, "/1/", 42, "茶话会",
                java.time.Instant.parse("2027-05-01T06:00:00Z"), java.util.List.of(5L, 6L),
                java.time.Instant.parse("2027-04-01T06:00:00Z"));
        assertThat(event.key()).as("the same key however often the event arrives").isEqualTo(
                new com.estatecare.club.ActivityCancelled(1, "/1/", 42, "x", event.startsAt(), java.util.List.of(5L),
                        event.at().plusSeconds(5)).key());
        assertThat(event.key(5)).isNotEqualTo(event.key(6));
    }
}
