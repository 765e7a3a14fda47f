package com.estatecare.accountability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.requests.RequestKind;

class FineAmountTests {

    private final FinesPolicy policy = FinesPolicy.defaults();

    @Test
    void finesGoFromTwoHundredYuanForGradeFourToOneThousandForGradeOne() {
        assertThat(FineAmount.of(Optional.of(4), RequestKind.COMPLAINT, EscalationLevel.PROJECT_COMPANY, policy, 3))
                .isEqualTo(new FineAmount(4, 20_000, 3));
        assertThat(FineAmount.of(Optional.of(1), RequestKind.COMPLAINT, EscalationLevel.PROJECT_COMPANY, policy, 3)
                .fen()).isEqualTo(100_000);
    }

    @Test
    void fineIsDoubledAtHeadquarters() {
        assertThat(FineAmount.of(Optional.of(4), RequestKind.REPAIR, EscalationLevel.HEADQUARTERS, policy, 3).fen())
                .isEqualTo(40_000);
    }

    @Test
    void withoutAGradeAComplaintAtHeadquartersCountsAsMajorAndAnythingElseAsOrdinary() {
        assertThat(FineAmount.of(Optional.empty(), RequestKind.COMPLAINT, EscalationLevel.HEADQUARTERS, policy, 3)
                .grade()).isEqualTo(1);
        assertThat(FineAmount.of(Optional.empty(), RequestKind.REPAIR, EscalationLevel.HEADQUARTERS, policy, 3)
                .grade()).isEqualTo(4);
        assertThat(FineAmount.of(Optional.empty(), RequestKind.COMPLAINT, EscalationLevel.PROJECT_COMPANY, policy, 3)
                .grade()).isEqualTo(4);
    }
}
