package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What a repair keeps of the rectification it was handed over with: nothing when nothing is known. */
class RectificationTests {

    @Test
    void neitherContractorNorDayIsNoRectification() {
        assertThat(Rectification.of(null, null)).isNull();
        assertThat(Rectification.of("  ", null)).isNull();
    }

    @Test
    void eitherAloneIsKeptTheNameTrimmed() {
        assertThat(Rectification.of(" 中建三局 ", null)).isEqualTo(new Rectification("中建三局", null));
        assertThat(Rectification.of(null, LocalDate.of(2026, 12, 10)))
                .isEqualTo(new Rectification(null, LocalDate.of(2026, 12, 10)));
    }

    @Test
    void aNameLongerThanTheColumnIsCut() {
        assertThat(Rectification.of("建".repeat(300), null).contractor()).hasSize(Rectification.MAX_CONTRACTOR);
    }
}
