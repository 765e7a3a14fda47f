package com.estatecare.delivery.internal;

import java.time.Instant;

import com.estatecare.platform.DomainException;

/**
 * Who may be recorded as attending an open day (工地开放日): an owner whose place is confirmed (one waiting or
 * cancelled had no place), and only once the day has begun — nobody has come before it starts.
 */
final class AttendanceRule {

    private AttendanceRule() {
    }

    /** Passes, or a 409: {@code open-day-not-started} before the start, {@code sign-up-not-confirmed}. */
    static void check(String status, Instant startsAt, Instant now) {
        if (now.isBefore(startsAt)) {
            throw DomainException.conflict("open-day-not-started");
        }
        if (!"CONFIRMED".equals(status)) {
            throw DomainException.conflict("sign-up-not-confirmed");
        }
    }
}
