package com.estatecare.delivery.internal;

import com.estatecare.platform.FileTypes;

/** A photo's type as its first bytes tell it, whatever the client claims: JPEG, PNG or WebP, at most 10 MiB. */
final class Photos {

    static final long MAX_BYTES = FileTypes.MAX_BYTES;

    private Photos() {
    }

    /** The type, or a 400 problem on {@code file}. */
    static String type(byte[] bytes) {
        return FileTypes.detect(bytes, FileTypes.PHOTOS, "unsupported-photo");
    }
}
