package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

/** What a merchant, an offer, a rating and a complaint must say, and how merchants move between statuses. */
class MerchantInputTests {

    private static final List<String> LEVELS = List.of("STANDARD", "SILVER", "GOLD");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void aRatingIsOneToFiveWithABoundedComment() {
        assertThat(fields(MerchantInput.rating(1, null))).isEmpty();
        assertThat(fields(MerchantInput.rating(5, "好".repeat(500)))).isEmpty();
        assertThat(fields(MerchantInput.rating(0, null))).containsExactly("score");
        assertThat(fields(MerchantInput.rating(6, null))).containsExactly("score");
        assertThat(fields(MerchantInput.rating(null, "好".repeat(501)))).containsExactly("score", "comment");
    }

    @Test
    void aDiscountIsAPercentageFromNoneToAllAndAnOfferEndsOnOrAfterItStarts() {
        assertThat(fields(offer(0, DAY, DAY, List.of()))).isEmpty();
        assertThat(fields(offer(100, DAY, DAY.plusDays(30), List.of("GOLD")))).isEmpty();
        assertThat(fields(offer(-1, DAY, DAY, null))).containsExactly("discountPercent");
        assertThat(fields(offer(101, DAY, DAY, null))).containsExactly("discountPercent");
        assertThat(fields(offer(10, DAY, DAY.minusDays(1), null))).containsExactly("validTo");
        assertThat(fields(offer(10, DAY, DAY.plusYears(11), null))).as("unbounded").containsExactly("validTo");
        assertThat(fields(offer(10, null, null, List.of("DIAMOND")))).containsExactly("validFrom", "validTo",
                "levels[0]");
    }

    @Test
    void hugeOrMissingTextsAreNamedFieldByField() {
        assertThat(fields(MerchantInput.offer("x".repeat(101), "y".repeat(1001), 10, DAY, DAY, null, LEVELS)))
                .containsExactly("title", "terms");
        assertThat(fields(MerchantInput.merchant("", "CASINO", "a".repeat(201), null, "123", DAY, DAY.minusDays(1))))
                .containsExactly("name", "category", "address", "contactName", "contactPhone", "contractTo");
        assertThat(fields(MerchantInput.merchant("湖畔咖啡", "DINING", "湖滨路 8 号", "王经理", "021-6888-1234", DAY,
                DAY.plusYears(1)))).isEmpty();
        assertThat(fields(MerchantInput.complaint(DAY.plusDays(1), "", DAY))).containsExactly("onDay", "note");
    }

    @Test
    void aMerchantMovesOnlyByTheAllowedStepsAndAnEndedOneNeverAgain() {
        MerchantStatusRule.check("APPLIED", "ACTIVE");
        MerchantStatusRule.check("ACTIVE", "SUSPENDED");
        MerchantStatusRule.check("SUSPENDED", "ACTIVE");
        MerchantStatusRule.check("SUSPENDED", "ENDED");
        assertThatThrownBy(() -> MerchantStatusRule.check("APPLIED", "SUSPENDED")).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.properties().get("allowed")).isEqualTo(List.of("ACTIVE",
                        "ENDED")));
        assertThat(MerchantStatusRule.allowed("ENDED")).isEmpty();
        assertThatThrownBy(() -> MerchantStatusRule.check("ENDED", "ACTIVE")).isInstanceOf(DomainException.class);
    }

    private static List<FieldProblem> offer(Integer discount, LocalDate from, LocalDate to, List<String> levels) {
        return MerchantInput.offer("会员八折", "凭会员卡", discount, from, to, levels, LEVELS);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
