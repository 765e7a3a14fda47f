package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** 会员关怀: a birthday greeting on the day, a holiday greeting on a named holiday's first day only. */
class GreetingRuleTests {

    private final GreetingPolicy defaults = GreetingPolicy.defaults();

    @Test
    void aMemberIsGreetedOnTheirBirthdayOnly() {
        assertThat(GreetingRule.birthday(defaults, LocalDate.of(1980, 11, 24), LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(GreetingRule.birthday(defaults, LocalDate.of(1980, 11, 24), LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(GreetingRule.birthday(defaults, null, LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    void aLeapDayBirthdayIsGreetedOnTheTwentyEighthOfFebruaryInOtherYears() {
        LocalDate leap = LocalDate.of(1992, 2, 29);
        assertThat(GreetingRule.birthday(defaults, leap, LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(GreetingRule.birthday(defaults, leap, LocalDate.of(2028, 2, 28))).isFalse();
        assertThat(GreetingRule.birthday(defaults, leap, LocalDate.of(2028, 2, 29))).isTrue();
    }

    @Test
    void noBirthdayGreetingWhenThePolicyTurnsThemOff() {
        GreetingPolicy off = new GreetingPolicy(false, List.of());
        assertThat(GreetingRule.birthday(off, LocalDate.of(1980, 11, 24), LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    void aHolidayIsGreetedOnItsFirstDayOnlyAndOnlyIfThePolicyNamesIt() {
        Map<LocalDate, String> days = Map.of(LocalDate.of(2026, 10, 1), "国庆节", LocalDate.of(2026, 10, 2), "国庆节",
                LocalDate.of(2026, 5, 1), "劳动节");
        assertThat(GreetingRule.holiday(defaults, days, LocalDate.of(2026, 10, 1))).contains("国庆节");
        assertThat(GreetingRule.holiday(defaults, days, LocalDate.of(2026, 10, 2))).isEmpty();
        assertThat(GreetingRule.holiday(defaults, days, LocalDate.of(2026, 5, 1))).as("not named by default").isEmpty();
        assertThat(GreetingRule.holiday(defaults, days, LocalDate.of(2026, 9, 30))).isEmpty();
    }

    @Test
    void aGreetingPolicyWithTooManyOrBlankHolidaysIsRefused() {
        assertThat(ClubPolicyDefinitions.problems(new GreetingPolicy(true, List.of("春节", " "))))
                .extracting(p -> p.field()).containsExactly("holidays[1]");
        assertThat(ClubPolicyDefinitions.problems(new GreetingPolicy(true, java.util.Collections.nCopies(21, "春节"))))
                .extracting(p -> p.field()).containsExactly("holidays");
    }
}
