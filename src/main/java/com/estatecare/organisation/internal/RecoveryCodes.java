package com.estatecare.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovery codes for a lost phone: ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), shown as
 * {@code abcde-fghij}, about 49 bits each; typed with or without the dash, spaces or capitals. Kept as SHA-256.
 */
final class RecoveryCodes {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;

    private RecoveryCodes() {
    }

    static String next(SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored (ten characters of the alphabet), or empty if {@code typed} cannot be one. */
    static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 20) {
            return Optional.empty();
        }
        String code = typed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    static String hash(String normalised) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
