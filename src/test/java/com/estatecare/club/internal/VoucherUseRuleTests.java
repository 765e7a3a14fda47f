package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.estatecare.club.internal.VoucherUseRule.Status;

/** A merchant voucher at the shop (decision 051). */
class VoucherUseRuleTests {

    private static final LocalDate FROM = LocalDate.parse("2026-11-01");
    private static final LocalDate TO = LocalDate.parse("2026-12-31");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    @Test
    void aCurrentUnusedVoucherOfThisMerchantIsValid() {
        assertThat(VoucherUseRule.status(7, 7, null, FROM, TO, TODAY)).isEqualTo(Status.VALID);
        assertThat(VoucherUseRule.status(7, 7, null, FROM, TO, TO)).as("its last day").isEqualTo(Status.VALID);
    }

    @Test
    void aVoucherIsUsedOnlyOnce() {
        assertThat(VoucherUseRule.status(7, 7, Instant.parse("2026-11-24T03:00:00Z"), FROM, TO, TODAY))
                .isEqualTo(Status.USED);
    }

    @Test
    void anExpiredVoucherCannotBeUsed() {
        assertThat(VoucherUseRule.status(7, 7, null, FROM, TO, TO.plusDays(1))).isEqualTo(Status.EXPIRED);
        assertThat(VoucherUseRule.status(7, 7, null, FROM, TO, FROM.minusDays(1))).isEqualTo(Status.NOT_YET_VALID);
    }

    @Test
    void anotherMerchantsVoucherCannotBeUsedHereWhateverItsState() {
        assertThat(VoucherUseRule.status(7, 8, null, FROM, TO, TODAY)).isEqualTo(Status.OTHER_MERCHANT);
        assertThat(VoucherUseRule.status(7, 8, Instant.parse("2026-11-24T03:00:00Z"), FROM, TO, TO.plusDays(1)))
                .as("nothing of another merchant's voucher is told").isEqualTo(Status.OTHER_MERCHANT);
    }

    @Test
    void aVoucherCodeIsReadInAnyCaseAndAnythingElseIsNotACode() {
        assertThat(VoucherUseRule.normalised(" qv-ab23cd45 ")).isEqualTo("QV-AB23CD45");
        assertThat(VoucherUseRule.normalised("QV-AB23CD4")).isNull();
        assertThat(VoucherUseRule.normalised("QV-AB23CD45'; drop table club_voucher;--")).isNull();
        assertThat(VoucherUseRule.normalised("QV-" + "A".repeat(100_000))).isNull();
        assertThat(VoucherUseRule.normalised("")).isNull();
        assertThat(VoucherUseRule.normalised(null)).isNull();
    }
}
