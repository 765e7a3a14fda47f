package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.delivery.internal.SignUpPolicy.Status;

class SignUpPolicyTests {

    @Test
    void anOwnerIsConfirmedWhilePlacesAreFreeAndWaitsOnceTheDayIsFull() {
        assertThat(SignUpPolicy.signUp(2, 0)).isEqualTo(Status.CONFIRMED);
        assertThat(SignUpPolicy.signUp(2, 1)).isEqualTo(Status.CONFIRMED);
        assertThat(SignUpPolicy.signUp(2, 2)).isEqualTo(Status.WAITING);
        assertThat(SignUpPolicy.signUp(2, 3)).as("over-full after the capacity was lowered").isEqualTo(Status.WAITING);
    }

    @Test
    void aConfirmedOwnerWhoCancelsGivesThePlaceToTheFirstWaitingAndOneWaitingFreesNone() {
        assertThat(SignUpPolicy.promotesNext(Status.CONFIRMED)).isTrue();
        assertThat(SignUpPolicy.promotesNext(Status.WAITING)).isFalse();
        assertThat(SignUpPolicy.promotesNext(Status.CANCELLED)).isFalse();
    }
}
