package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.delivery.internal.SlotChangeRule.Holder;
import com.estatecare.delivery.internal.SlotChangeRule.Outcome;

/** What changing or removing an open day's slot does to the owners who signed up for it (decision 053). */
class SlotChangeRuleTests {

    private static final Instant T = Instant.parse("2026-11-24T02:00:00Z");
    private static final Holder FIRST = new Holder(1, 101, true, T);
    private static final Holder SECOND = new Holder(2, 102, true, T.plusSeconds(60));
    private static final Holder THIRD = new Holder(3, 103, true, T.plusSeconds(120));
    private static final Holder WAITING = new Holder(4, 104, false, T.plusSeconds(180));
    private static final Holder LATER_WAITING = new Holder(5, 105, false, T.plusSeconds(240));

    @Test
    void aSlotMovedToAnotherTimeTakesEveryOwnerHoldingOrWaitingForIt() {
        Outcome outcome = SlotChangeRule.edit(true, 10, List.of(FIRST, SECOND, WAITING));
        assertThat(outcome.cancelled()).containsExactly(FIRST, SECOND, WAITING);
        assertThat(outcome.promoted()).isZero();
    }

    @Test
    void placesLoweredBelowThoseConfirmedTakeTheOwnersConfirmedLastAndLeaveTheLineWaiting() {
        Outcome outcome = SlotChangeRule.edit(false, 1, List.of(FIRST, SECOND, THIRD, WAITING));
        assertThat(outcome.cancelled()).as("first come, first kept").containsExactly(THIRD, SECOND);
        assertThat(outcome.promoted()).isZero();
    }

    @Test
    void placesLoweredToThoseConfirmedTakeNobody() {
        Outcome outcome = SlotChangeRule.edit(false, 3, List.of(FIRST, SECOND, THIRD, WAITING));
        assertThat(outcome.cancels()).isFalse();
        assertThat(outcome.promoted()).isZero();
    }

    @Test
    void placesRaisedGoToTheFirstInLineAsFarAsTheyReach() {
        assertThat(SlotChangeRule.edit(false, 4, List.of(FIRST, SECOND, WAITING, LATER_WAITING)).promoted())
                .isEqualTo(2);
        assertThat(SlotChangeRule.edit(false, 3, List.of(FIRST, SECOND, WAITING, LATER_WAITING)).promoted())
                .isEqualTo(1);
        assertThat(SlotChangeRule.edit(false, 50, List.of(FIRST)).promoted()).as("nobody waiting").isZero();
    }

    @Test
    void aSlotNobodySignedUpForIsChangedOrRemovedWithoutCancellingAnyone() {
        assertThat(SlotChangeRule.edit(true, 5, List.of()).cancels()).isFalse();
        assertThat(SlotChangeRule.remove(List.of()).cancels()).isFalse();
    }

    @Test
    void aSlotRemovedTakesEveryOwnerHoldingOrWaitingForIt() {
        assertThat(SlotChangeRule.remove(List.of(FIRST, WAITING)).cancelled()).containsExactly(FIRST, WAITING);
    }
}
