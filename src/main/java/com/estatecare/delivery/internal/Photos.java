package com.estatecare.delivery.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import com.estatecare.platform.DomainException;

/** A photo's type as its first bytes tell it, whatever the client claims: JPEG, PNG or WebP, at most 10 MiB. */
final class Photos {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
            "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' },
            "image/webp", new byte[] { 'R', 'I', 'F', 'F' });

    private Photos() {
    }

    /** The type, or a 400 problem on {@code file}. */
    static String type(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw DomainException.invalidField("file", "range", 1, MAX_BYTES);
        }
        return SIGNATURES.entrySet().stream()
                .filter(e -> bytes.length >= e.getValue().length
                        && Arrays.equals(Arrays.copyOf(bytes, e.getValue().length), e.getValue()))
                .filter(e -> !e.getKey().equals("image/webp")
                        || (bytes.length >= 12 && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> DomainException.invalidField("file", "unsupported-photo"));
    }
}
