package com.estatecare.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data typed into free text (a request's description, a note, a comment): mainland mobile numbers (also
 * written {@code 139 0000 1234}, {@code 139-0000-1234} or with {@code +86}), landline numbers with their area code
 * ({@code 021-6888 1234}, {@code 0571 8765432}), 18-character ID card numbers and e-mail addresses. Found, they are
 * masked for display ({@code 139****1234}, {@code 021-****1234}, {@code 3101**********1234}, {@code z***@163.com});
 * the stored text stays as typed. Request numbers ({@code BX-20261123-0007}), dates ({@code 2026-11-23},
 * {@code 20261123}), amounts ({@code 13800元}, {@code 1,380,013.50}) and other digit runs are not personal data
 * and stay as they are: a number must stand alone (no letter, digit, dot or dash-and-digit joined to it).
 */
public final class PersonalDataInText {

    /** What kind of personal data a match is. */
    public enum Kind {
        MOBILE, LANDLINE, ID_NUMBER, EMAIL
    }

    /** One piece of personal data in a text: where it is and what it is. */
    public record Found(Kind kind, int start, int end) {
    }

    private static final String ALONE_BEFORE = "(?<![\\p{Alnum}.\\-_@])";
    private static final String ALONE_AFTER = "(?![\\p{Alnum}_]|[.,\\-]\\d|@)";
    private static final Pattern PERSONAL = Pattern.compile(
            "(?<email>[\\p{Alnum}._%+\\-]{1,64}@[\\p{Alnum}\\-]{1,63}(?:\\.[\\p{Alnum}\\-]{1,63})*\\.\\p{Alpha}{2,24})"
                    + "|" + ALONE_BEFORE + "(?:"
                    + "(?<id>\\d{6}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx])"
                    + "|(?<mobile>(?:\\+?86[\\s\\-]?)?1[3-9]\\d(?:[\\s\\-]?\\d{4}){2})"
                    + "|(?<landline>\\(?0\\d{2,3}\\)?[\\s\\-]?[2-9]\\d{2,3}[\\s\\-]?\\d{4})"
                    + ")" + ALONE_AFTER);

    /** The most text one call looks at; beyond it the rest is cut, so that the work stays bounded. */
    public static final int MAX_LENGTH = 100_000;

    private PersonalDataInText() {
    }

    /** The personal data in {@code text}, in order. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = PERSONAL.matcher(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
        while (m.find()) {
            Kind kind = m.group("email") != null ? Kind.EMAIL
                    : m.group("id") != null ? Kind.ID_NUMBER
                    : m.group("mobile") != null ? Kind.MOBILE : Kind.LANDLINE;
            found.add(new Found(kind, m.start(), m.end()));
        }
        return found;
    }

    /** Whether {@code text} holds any personal data that {@link #mask} would hide. */
    public static boolean holdsAny(String text) {
        return !find(text).isEmpty();
    }

    /** {@code text} with every piece of personal data masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        List<Found> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        int at = 0;
        for (Found f : found) {
            masked.append(text, at, f.start()).append(masked(f.kind(), text.substring(f.start(), f.end())));
            at = f.end();
        }
        return masked.append(text, at, text.length()).toString();
    }

    private static String masked(Kind kind, String value) {
        return switch (kind) {
            case EMAIL -> value.charAt(0) + "***" + value.substring(value.indexOf('@'));
            case ID_NUMBER -> value.substring(0, 4) + "**********" + value.substring(14);
            case MOBILE -> {
                String digits = value.replaceAll("\\D", "");
                String mobile = digits.substring(digits.length() - 11);
                yield mobile.substring(0, 3) + "****" + mobile.substring(7);
            }
            case LANDLINE -> {
                String digits = value.replaceAll("\\D", "");
                String area = digits.startsWith("01") || digits.startsWith("02") ? digits.substring(0, 3)
                        : digits.substring(0, 4);
                yield area + "-****" + digits.substring(digits.length() - 4);
            }
        };
    }
}
