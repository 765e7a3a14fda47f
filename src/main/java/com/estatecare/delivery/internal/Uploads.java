package com.estatecare.delivery.internal;

import java.util.Arrays;

import com.estatecare.platform.DomainException;

/** Files an inspection takes: photos of defects (as the notices' photos) and the owner's signature drawn. */
public final class Uploads {

    /** A signature drawn on a phone is a few KiB; 256 KiB bounds it with room to spare. */
    public static final int MAX_SIGNATURE_BYTES = 256 * 1024;
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    private Uploads() {
    }

    /** JPEG, PNG or WebP by its first bytes, at most 10 MiB; else a 400 on {@code file}. */
    public static String photoType(byte[] bytes) {
        return Photos.type(bytes);
    }

    /** A PNG by its signature bytes, not empty, at most 256 KiB; else a 400 on {@code file}. */
    public static void signature(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_SIGNATURE_BYTES) {
            throw DomainException.invalidField("file", "range", 1, MAX_SIGNATURE_BYTES);
        }
        if (bytes.length < PNG.length || !Arrays.equals(Arrays.copyOf(bytes, PNG.length), PNG)) {
            throw DomainException.invalidField("file", "png-only");
        }
    }
}
