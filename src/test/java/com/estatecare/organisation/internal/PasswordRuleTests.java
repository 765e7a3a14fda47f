package com.estatecare.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password a new account may have. */
class PasswordRuleTests {

    private final PasswordRule rule = new PasswordRule(10);

    @Test
    void passwordShorterThanTheMinimumIsRefused() {
        assertThat(rule.violation("Ab3$efg-9", "lin")).contains("password-length");
        assertThat(rule.violation("Ab3$efg-9x", "lin")).isEmpty();
        assertThat(rule.violation(null, "lin")).contains("password-length");
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(rule.violation("翠湖苑二期三栋八号楼东", "lin")).isEmpty();
        assertThat(rule.violation("翠湖苑二期三栋八号", "lin")).contains("password-length");
    }

    @Test
    void digitsOnlyRepeatedCharactersAndCommonPasswordsAreRefused() {
        assertThat(rule.violation("13800138000", "lin")).contains("password-digits-only");
        assertThat(rule.violation("xxxxxxxxxxxx", "lin")).contains("password-repeated");
        assertThat(rule.violation("Password123", "lin")).contains("password-common");
        assertThat(rule.violation("QWERTYUIOP", "lin")).contains("password-common");
    }

    @Test
    void passwordContainingTheUserNameIsRefusedRegardlessOfCase() {
        assertThat(rule.violation("my-LinFang-2026", "linfang")).contains("password-contains-username");
        assertThat(rule.violation("my-secret-2026", "linfang")).isEmpty();
    }

    @Test
    void minimumLengthIsConfigurable() {
        assertThat(new PasswordRule(16).violation("Lantern-Orchid", "lin")).contains("password-length");
    }
}
