package com.estatecare.accountability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

class FineForUnsolvedRequestTests {

    @Test
    void sameProblemReportedAgainUnsolvedProposesAFine() {
        assertThat(FineForUnsolvedRequest.applies(RequestKind.REPAIR,
                EscalationReason.REPAIR_REPEATED_TO_PROJECT_COMPANY)).isTrue();
        assertThat(FineForUnsolvedRequest.applies(RequestKind.REPAIR,
                EscalationReason.REPAIR_REPEATED_TO_HEADQUARTERS)).isTrue();
        assertThat(FineForUnsolvedRequest.applies(RequestKind.COMPLAINT,
                EscalationReason.COMPLAINT_REPEATED_TO_PROJECT_COMPANY)).isTrue();
        assertThat(FineForUnsolvedRequest.applies(RequestKind.COMPLAINT,
                EscalationReason.COMPLAINT_REPEATED_TO_HEADQUARTERS)).isTrue();
    }

    @Test
    void climbBySpecialistOrBreachedTimeLimitProposesNoFine() {
        assertThat(FineForUnsolvedRequest.applies(RequestKind.REPAIR, EscalationReason.SPECIALIST_ESCALATED)).isFalse();
        assertThat(FineForUnsolvedRequest.applies(RequestKind.COMPLAINT, EscalationReason.TIME_LIMIT_BREACHED))
                .isFalse();
    }

    @Test
    void complaintRegisteredForARepeatedRepairIsNotFinedAgain() {
        assertThat(FineForUnsolvedRequest.applies(RequestKind.COMPLAINT,
                EscalationReason.REPAIR_REPEATED_TO_PROJECT_COMPANY)).isFalse();
    }
}
