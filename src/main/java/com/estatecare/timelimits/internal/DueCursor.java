package com.estatecare.timelimits.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.estatecare.platform.DomainException;

/**
 * Where a page of a clock queue ends: the last clock's due time and id, for a
 * keyset page in due order ({@code order by due_at, id}). Opaque to clients:
 * base64url of {@code d1:<epoch seconds>:<nanos>:<id>}.
 */
record DueCursor(Instant dueAt, long id) {

    /** Beyond about the year 2286 no clock is due; a cursor claiming so was not made here. */
    private static final long MAX_EPOCH_SECONDS = 10_000_000_000L;

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("d1:" + dueAt.getEpochSecond() + ":" + dueAt.getNano() + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, {@code null} for the first page, or a 400 problem on {@code cursor}. */
    static DueCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            if (cursor.length() > 100) {
                throw new IllegalArgumentException("too long");
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 4 || !parts[0].equals("d1")) {
                throw new IllegalArgumentException("not a due cursor");
            }
            long seconds = Long.parseLong(parts[1]);
            if (Math.abs(seconds) > MAX_EPOCH_SECONDS) {
                throw new IllegalArgumentException("out of range");
            }
            return new DueCursor(Instant.ofEpochSecond(seconds, Long.parseLong(parts[2])), Long.parseLong(parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw DomainException.invalidField("cursor", "malformed");
        }
    }
}
