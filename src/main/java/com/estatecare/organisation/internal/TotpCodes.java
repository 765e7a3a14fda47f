package com.estatecare.organisation.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app makes them: HMAC-SHA-1, 30-second steps,
 * six digits. A code is accepted for the current step and one step either side (a phone's clock a little off), and
 * only for a step after the last one accepted, so that a code seen over a shoulder or replayed is refused.
 * The codes themselves come from {@code com.eatthepath:java-otp}.
 */
final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    static final int SKEW = 1;
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final TimeBasedOneTimePasswordGenerator generator;

    TotpCodes() {
        this(DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    /** Other lengths and algorithms only for RFC 6238's test vectors (eight digits, SHA-256, SHA-512). */
    TotpCodes(int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
    }

    /** The 30-second step that {@code at} falls in (T in RFC 6238). */
    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of {@code secret} at {@code at}, leading zeros kept. */
    String code(byte[] secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()), at,
                    Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret is not a usable HMAC key", e);
        }
    }

    /**
     * The step whose code {@code code} is, among the current step and {@link #SKEW} either side, and only if that
     * step comes after {@code lastUsedStep}; empty for any other code. Every candidate is compared in constant time.
     */
    OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (!wellFormed(code)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        long found = -1;
        for (long step = current - SKEW; step <= current + SKEW; step++) {
            String expected = code(secret, Instant.ofEpochSecond(step * STEP.toSeconds()));
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII)) && step > lastUsedStep && found < 0) {
                found = step;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** Six digits and nothing else. */
    static boolean wellFormed(String code) {
        return code != null && code.length() == DIGITS && CODE.matcher(code).matches();
    }

    /** RFC 4648 Base32 without padding, the form authenticator apps take a secret in. */
    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | b & 0xff;
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt(buffer >> bits - 5 & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt(buffer << 5 - bits & 31));
        }
        return out.toString();
    }

    /** The bytes of an RFC 4648 Base32 text (upper case, no padding), as {@link #base32} writes it. */
    static byte[] base32Decode(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32");
            }
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >> bits - 8 & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code (Key Uri Format). */
    static String uri(String issuer, String accountName, byte[] secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
