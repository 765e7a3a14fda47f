package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A request waits on its customer when the only step its state allows is the customer's. */
class WaitingOnTests {

    @Test
    void finishedRepairOrComplaintWaitsOnTheOwnersConfirmation() {
        assertThat(WaitingOn.CUSTOMER.statuses(RequestKind.REPAIR)).containsExactly(RequestStatus.DONE);
        assertThat(WaitingOn.CUSTOMER.statuses(RequestKind.COMPLAINT)).containsExactly(RequestStatus.DONE);
    }

    @Test
    void answeredConsultationWaitsOnNobody() {
        assertThat(WaitingOn.CUSTOMER.statuses(RequestKind.CONSULTATION)).isEmpty();
        assertThat(WaitingOn.CUSTOMER.statuses(RequestKind.PRAISE)).isEmpty();
    }
}
