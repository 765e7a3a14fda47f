package com.estatecare.platform;

import java.util.regex.Pattern;

/**
 * A customer's phone number. Personal data (SPEC §13): it masks itself for
 * display ({@code 138****5678}) and in {@link #toString()}, so that it never
 * reaches a log in full.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3})?\\d{7,8}|400\\d{7}");

    public PhoneNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a phone number");
        }
    }

    /** Accepts {@code 138 0013 8000}, {@code 021-6888-1234} and returns the digits only. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s\\-()+]", "").replaceFirst("^86(?=1\\d{10}$)", "");
    }

    public static boolean isValid(String digits) {
        return digits != null && (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches());
    }

    public static PhoneNumber parse(String raw) {
        return new PhoneNumber(normalise(raw));
    }

    /** A mainland mobile number (eleven digits from {@code 13…} to {@code 19…}): the only kind that receives text messages. */
    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /** {@code 138****5678} for mobiles; other numbers keep only their last four digits. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String digits) {
        if (digits == null) {
            return null;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        int keep = Math.min(4, digits.length());
        return "*".repeat(digits.length() - keep) + digits.substring(digits.length() - keep);
    }

    @Override
    public String toString() {
        return masked();
    }
}
