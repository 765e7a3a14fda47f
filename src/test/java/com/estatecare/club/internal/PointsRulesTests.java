package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;

/** 积分: what each rule earns, when points expire (oldest spent first), and when a redemption is refused. */
class PointsRulesTests {

    private static PointsExpiryRule.Entry earn(int points, int year) {
        return new PointsExpiryRule.Entry("EARN", points, year);
    }

    private static PointsExpiryRule.Entry redeem(int points) {
        return new PointsExpiryRule.Entry("REDEEM", -points, null);
    }

    @Test
    void eachEarningRuleEarnsThePointsOfThePolicy() {
        PointsPolicy policy = new PointsPolicy(100, 50, 1000, 20, 1);
        assertThat(List.of(EarnRule.values())).extracting(policy::pointsFor).containsExactly(100, 50, 1000, 20);
    }

    @Test
    void aRuleSetToZeroOrAPolicyOutOfRangeIsNoRuleOrRefused() {
        assertThat(ClubPolicyDefinitions.problems(new PointsPolicy(0, 0, 0, 0, 1))).isEmpty();
        assertThat(ClubPolicyDefinitions.problems(new PointsPolicy(-1, 0, 2_000_000, 0, 0)))
                .extracting(p -> p.field()).containsExactly("joining", "referral", "validYears");
    }

    @Test
    void pointsOfAYearExpireAfterTheEndOfTheFollowingYearByDefault() {
        List<PointsExpiryRule.Entry> entries = List.of(earn(100, 2024), earn(40, 2025));
        assertThat(PointsExpiryRule.due(entries, 1, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(PointsExpiryRule.due(entries, 1, LocalDate.of(2026, 1, 1)))
                .containsExactly(new PointsExpiryRule.Due(2024, 100));
        assertThat(PointsExpiryRule.due(entries, 2, LocalDate.of(2026, 1, 1))).as("valid two years").isEmpty();
    }

    @Test
    void redemptionsSpendTheOldestPointsFirstSoOnlyWhatIsLeftOfThemExpires() {
        List<PointsExpiryRule.Entry> entries = List.of(earn(100, 2024), redeem(30), earn(50, 2025), redeem(90));
        assertThat(PointsExpiryRule.due(entries, 1, LocalDate.of(2026, 1, 1))).as("the 2024 points are all spent")
                .isEmpty();
        assertThat(PointsExpiryRule.due(List.of(earn(100, 2024), redeem(30), earn(50, 2025)), 1,
                LocalDate.of(2027, 1, 1))).containsExactly(new PointsExpiryRule.Due(2024, 70),
                        new PointsExpiryRule.Due(2025, 50));
    }

    @Test
    void anExpiryWrittenOnceIsNotDueAgain() {
        List<PointsExpiryRule.Entry> entries = List.of(earn(100, 2024), new PointsExpiryRule.Entry("EXPIRE", -100, 2024),
                earn(10, 2026));
        assertThat(PointsExpiryRule.due(entries, 1, LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(PointsExpiryRule.available(entries, 1, LocalDate.of(2026, 6, 1))).isEqualTo(10);
    }

    @Test
    void pointsPastTheirLastDayCannotBeSpentBeforeTheSweepHasRun() {
        List<PointsExpiryRule.Entry> entries = List.of(earn(100, 2024), earn(10, 2026));
        assertThat(PointsExpiryRule.available(entries, 1, LocalDate.of(2026, 6, 1))).isEqualTo(10);
    }

    @Test
    void aRedemptionBeyondWhatMayBeSpentIsRefusedWithTheBalance() {
        assertThatThrownBy(() -> RedemptionRule.check(true, true, 120, 100, 100))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("club-points-insufficient");
                    assertThat(e.properties()).containsEntry("balance", 100).containsEntry("available", 100);
                });
        assertThatThrownBy(() -> RedemptionRule.check(true, true, 50, 110, 10))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("club-points-expired"));
    }

    @Test
    void aMemberWhoLeftOrAWithdrawnGiftRedeemsNothing() {
        assertThatThrownBy(() -> RedemptionRule.check(false, true, 1, 100, 100))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("club-member-left"));
        assertThatThrownBy(() -> RedemptionRule.check(true, false, 1, 100, 100))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("club-gift-withdrawn"));
    }

    @Test
    void aRedemptionWithinWhatMayBeSpentPasses() {
        RedemptionRule.check(true, true, 100, 100, 100);
        assertThat(PointsExpiryRule.lastDay(2026, 1)).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void memberNumbersAreHumanReadableAndPadded() {
        assertThat(MemberNumber.of(42)).isEqualTo("HY-000042");
        assertThat(MemberNumber.of(1_234_567)).isEqualTo("HY-1234567");
        assertThatThrownBy(() -> MemberNumber.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
