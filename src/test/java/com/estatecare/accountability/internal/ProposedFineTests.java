package com.estatecare.accountability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.estatecare.accountability.FineStatus;
import com.estatecare.platform.DomainException;

class ProposedFineTests {

    private final ProposedFine proposed = new ProposedFine(1, 2, 3, "/1/", FineStatus.PROPOSED);

    @Test
    void managerApprovesAProposedFine() {
        assertThat(proposed.decide(FineStatus.APPROVED, null).status()).isEqualTo(FineStatus.APPROVED);
    }

    @Test
    void waiverNeedsAReason() {
        assertThatThrownBy(() -> proposed.decide(FineStatus.WAIVED, " "))
                .isInstanceOf(DomainException.InvalidInput.class)
                .satisfies(e -> assertThat(((DomainException) e).properties().toString()).contains("reason"));
        assertThat(proposed.decide(FineStatus.WAIVED, "业主已撤回").status()).isEqualTo(FineStatus.WAIVED);
    }

    @Test
    void fineIsDecidedOnce() {
        ProposedFine approved = proposed.decide(FineStatus.APPROVED, null);
        assertThatThrownBy(() -> approved.decide(FineStatus.WAIVED, "x")).isInstanceOf(DomainException.class)
                .hasMessageContaining("fine-already-decided");
    }
}
