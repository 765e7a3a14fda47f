package com.estatecare.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The case review rule (decision 043): another person than the proposer or writer reviews a case. */
class CaseReviewTests {

    @Test
    void theWriterOfACaseMayNotReviewIt() {
        assertThat(CaseReview.mayReview(7L, 7)).isFalse();
    }

    @Test
    void anotherManagerMayReviewIt() {
        assertThat(CaseReview.mayReview(7L, 8)).isTrue();
    }

    @Test
    void aCaseTheArchiveProposedMayBeReviewedByAnyManager() {
        assertThat(CaseReview.mayReview(null, 7)).isTrue();
    }
}
