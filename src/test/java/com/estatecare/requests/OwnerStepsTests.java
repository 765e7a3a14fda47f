package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A request waits on its owner while the lifecycle gives them a step: the plan until answered, the work to confirm. */
class OwnerStepsTests {

    @Test
    void aPlanWaitsOnTheOwnerUntilTheyAnsweredIt() {
        assertThat(OwnerSteps.now(RequestKind.REPAIR, RequestStatus.PLAN_AGREED, false))
                .containsExactly(Action.CONFIRM_PLAN);
        assertThat(OwnerSteps.now(RequestKind.REPAIR, RequestStatus.PLAN_AGREED, true)).isEmpty();
    }

    @Test
    void finishedWorkWaitsOnTheOwnersConfirmation() {
        assertThat(OwnerSteps.now(RequestKind.REPAIR, RequestStatus.DONE, true)).containsExactly(Action.VERIFY);
        assertThat(OwnerSteps.now(RequestKind.COMPLAINT, RequestStatus.DONE, false)).containsExactly(Action.VERIFY);
    }

    @Test
    void nothingElseWaitsOnTheOwner() {
        for (RequestKind kind : RequestKind.values()) {
            for (RequestStatus status : RequestStatus.values()) {
                boolean theirs = kind.needsFullHandling()
                        && (status == RequestStatus.PLAN_AGREED || status == RequestStatus.DONE);
                assertThat(OwnerSteps.now(kind, status, false).isEmpty()).as(kind + " " + status).isEqualTo(!theirs);
            }
        }
    }
}
