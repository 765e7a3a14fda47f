package com.estatecare.organisation.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password a new account may have: at least {@code minLength} characters
 * (default 10), not only digits, not one character repeated, not the user name
 * within it, and not one of the passwords that guessing tries first.
 */
record PasswordRule(int minLength) {

    /** Long enough to pass the length rule and still among the first guesses of every attack list. */
    static final Set<String> COMMON = Set.of("1234567890", "0123456789", "12345678910", "qwertyuiop",
            "qwertyuiop123", "1q2w3e4r5t", "1qaz2wsx3edc", "qazwsxedcrfv", "zaq12wsxcde3", "password12", "password123",
            "password1234", "passw0rd123", "p@ssw0rd123", "qwerty1234", "qwerty12345", "qwerty123456", "abc1234567",
            "abcd123456", "abcdefghij", "a123456789", "aa12345678", "admin12345", "admin123456", "administrator",
            "iloveyou12", "woaini1314", "woaini520520", "letmein123", "welcome123", "changeme123", "asdfghjkl1",
            "asdfghjkl123", "1234qwer!@#$", "123456789a", "123456789abc", "1234567890a", "q1w2e3r4t5", "estatecare",
            "estatecare123", "demo123456");

    /** The reason the password is refused (a {@code field.reason.*} code), or empty if it is acceptable. */
    Optional<String> violation(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("password-length");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.chars().allMatch(Character::isDigit)) {
            return Optional.of("password-digits-only");
        }
        if (password.chars().distinct().count() == 1) {
            return Optional.of("password-repeated");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password-contains-username");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("password-common");
        }
        return Optional.empty();
    }
}
