package com.estatecare.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.estatecare.platform.PhoneNumber;

/**
 * What an audit entry keeps of a personal value (SPEC §13: masked in the entry itself): a phone number as the
 * screens show it ({@code 138****5678}), an e-mail address by its first letter and domain, a WeChat id not at
 * all, and in any other text every run of seven or more digits (a phone or an ID number typed into a name or a
 * note) with only its last four digits. A text is cut to {@value #MAX_TEXT} characters: the log records that it
 * changed, not a second copy of a long note.
 */
final class AuditMasking {

    static final int MAX_TEXT = 500;
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{7,}");

    private AuditMasking() {
    }

    /** Each value of {@code fields} as the entry keeps it, by the field's name. */
    static Map<String, String> mask(Map<String, String> fields) {
        Map<String, String> masked = new LinkedHashMap<>();
        fields.forEach((field, value) -> masked.put(field, mask(field, value)));
        return masked;
    }

    static String mask(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "phone" -> PhoneNumber.mask(PhoneNumber.normalise(value));
            case "email" -> email(value);
            case "wechat" -> "******";
            default -> text(value);
        };
    }

    /** Free text with every long run of digits masked down to its last four, at most {@value #MAX_TEXT} long. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        Matcher digits = LONG_DIGITS.matcher(value);
        StringBuilder masked = new StringBuilder();
        while (digits.find()) {
            String run = digits.group();
            digits.appendReplacement(masked, "*".repeat(run.length() - 4) + run.substring(run.length() - 4));
        }
        digits.appendTail(masked);
        return masked.length() > MAX_TEXT ? masked.substring(0, MAX_TEXT) + "…" : masked.toString();
    }

    private static String email(String value) {
        int at = value.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return value.charAt(0) + "***" + text(value.substring(at));
    }
}
