package com.estatecare.notifications.internal;

import java.util.regex.Pattern;

/**
 * Why a channel refused a message, as it may be stored and shown: a server's answer can quote the recipient
 * ({@code 550 <someone@example.com>: no such user}), so e-mail addresses and runs of seven or more digits are
 * masked, and the text is cut to {@value #MAX} characters.
 */
final class ErrorText {

    static final int MAX = 500;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)");
    private static final Pattern DIGITS = Pattern.compile("\\d{3}(\\d{4,})");

    private ErrorText() {
    }

    static String scrub(String text) {
        if (text == null || text.isBlank()) {
            return "unknown";
        }
        String masked = EMAIL.matcher(text).replaceAll("***@$1");
        masked = DIGITS.matcher(masked).replaceAll(m -> m.group().substring(0, 3) + "*".repeat(m.group(1).length()));
        masked = masked.replaceAll("\\s+", " ").strip();
        return masked.length() > MAX ? masked.substring(0, MAX - 1) + "…" : masked;
    }

    /** The message of a failure and of its causes, scrubbed. */
    static String of(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < MAX; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return scrub(text.toString());
    }
}
