package com.estatecare.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An owner's identity document (证件): its type and number. Sensitive personal information (PIPL art. 28): it masks
 * itself for display ({@code 3101**********1234}) and in {@link #toString()}, so that it never reaches a log in
 * full. Stored only sealed by {@link FieldCipher}.
 */
public record IdentityDocument(Type type, String number) {

    /** The kinds of document a customer file accepts. */
    public enum Type {
        /** 居民身份证: 18 characters, the last a GB 11643 check digit (0–9 or X). */
        ID_CARD,
        /** 护照: 5 to 20 letters and digits (Chinese passports: E or G and eight digits; foreign ones vary). */
        PASSPORT,
        /** 港澳居民来往内地通行证: H (Hong Kong) or M (Macau) and eight or ten digits. */
        HK_MACAU_PERMIT,
        /** 台湾居民来往大陆通行证: eight digits. */
        TAIWAN_PERMIT
    }

    private static final Pattern ID_CARD = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern HK_MACAU = Pattern.compile("[HM]\\d{8}(\\d{2})?");
    private static final Pattern TAIWAN = Pattern.compile("\\d{8}");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = "10X98765432".toCharArray();

    public IdentityDocument {
        if (type == null || problem(type, number).isPresent()) {
            throw new IllegalArgumentException("not an identity document number");
        }
    }

    /** Upper case, without spaces and dashes: {@code 310101 19900307 123x} becomes {@code 31010119900307123X}. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    public static IdentityDocument parse(Type type, String raw) {
        return new IdentityDocument(type, normalise(raw));
    }

    /**
     * Why {@code number} (normalised) is no document of {@code type}, as a reason code ({@code id-number},
     * {@code id-check-digit}), or nothing when it is one.
     */
    public static Optional<String> problem(Type type, String number) {
        if (number == null) {
            return Optional.of("id-number");
        }
        return switch (type) {
            case ID_CARD -> idCardProblem(number);
            case PASSPORT -> PASSPORT.matcher(number).matches() ? Optional.empty() : Optional.of("id-number");
            case HK_MACAU_PERMIT -> HK_MACAU.matcher(number).matches() ? Optional.empty() : Optional.of("id-number");
            case TAIWAN_PERMIT -> TAIWAN.matcher(number).matches() ? Optional.empty() : Optional.of("id-number");
        };
    }

    private static Optional<String> idCardProblem(String number) {
        if (!ID_CARD.matcher(number).matches() || !validBirthDate(number.substring(6, 14))) {
            return Optional.of("id-number");
        }
        return number.charAt(17) == checkDigit(number) ? Optional.empty() : Optional.of("id-check-digit");
    }

    /** The GB 11643 (ISO 7064 MOD 11-2) check character of the first 17 digits. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean validBirthDate(String yyyymmdd) {
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return born.getYear() >= 1880;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** {@code 3101**********1234} for ID cards; other documents keep their first character and last four. */
    public String masked() {
        return mask(type, number);
    }

    public static String mask(Type type, String number) {
        if (number == null) {
            return null;
        }
        if (type == Type.ID_CARD && number.length() == 18) {
            return number.substring(0, 4) + "**********" + number.substring(14);
        }
        if (number.length() <= 5) {
            return "*".repeat(number.length());
        }
        return number.charAt(0) + "*".repeat(number.length() - 5) + number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return type + " " + masked();
    }
}
