package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 会员等级: the highest level of the policy whose units and years of ownership the member meets. */
class MemberLevelRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final LevelPolicy defaults = LevelPolicy.defaults();

    @Test
    void aNewOwnerOfOneUnitIsAStandardMember() {
        assertThat(MemberLevelRule.decide(defaults, List.of(LocalDate.of(2025, 6, 1)), 1, TODAY).level().code())
                .isEqualTo("STANDARD");
    }

    @Test
    void threeWholeYearsSinceTheFirstHandoverMakeASilverMember() {
        assertThat(MemberLevelRule.decide(defaults, List.of(LocalDate.of(2023, 11, 24)), 1, TODAY).level().code())
                .isEqualTo("SILVER");
        assertThat(MemberLevelRule.decide(defaults, List.of(LocalDate.of(2023, 11, 25)), 1, TODAY).level().code())
                .as("a day short of three years").isEqualTo("STANDARD");
    }

    @Test
    void twoUnitsAndFiveYearsMakeAGoldMemberCountingFromTheEarliestHandover() {
        var decision = MemberLevelRule.decide(defaults, List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2021, 3, 1)), 2,
                TODAY);
        assertThat(decision.level().code()).isEqualTo("GOLD");
        assertThat(decision.years()).isEqualTo(5);
    }

    @Test
    void aUnitNotYetHandedOverCountsAsAUnitButNotAsYears() {
        var decision = MemberLevelRule.decide(defaults, java.util.Arrays.asList(null, LocalDate.of(2027, 1, 1)), 2,
                TODAY);
        assertThat(decision.years()).isZero();
        assertThat(decision.level().code()).isEqualTo("STANDARD");
    }

    @Test
    void aPolicyWhoseLowestLevelAsksForSomethingLeavesAMemberWithoutALevel() {
        LevelPolicy strict = new LevelPolicy(List.of(new LevelPolicy.Level("VIP", "贵宾", "VIP", 3, 0)));
        assertThat(MemberLevelRule.decide(strict, List.of(LocalDate.of(2010, 1, 1)), 1, TODAY).level()).isNull();
    }

    @Test
    void levelsTheAdministratorCannotMeanAreRefused() {
        assertThat(ClubPolicyDefinitions.problems(new LevelPolicy(List.of()))).extracting(p -> p.field())
                .containsExactly("levels");
        assertThat(ClubPolicyDefinitions.problems(new LevelPolicy(List.of(new LevelPolicy.Level("gold", "", "Gold", -1, 0),
                new LevelPolicy.Level("A", "甲", "A", 0, 0), new LevelPolicy.Level("A", "乙", "B", 0, 101)))))
                .extracting(p -> p.field()).containsExactly("levels[0].code", "levels[0].nameZh", "levels[0].minUnits",
                        "levels[2].code", "levels[2].minYears");
    }
}
