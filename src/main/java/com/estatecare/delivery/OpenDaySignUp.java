package com.estatecare.delivery;

import java.time.Instant;

/**
 * An owner's sign-up to an open day as the staff see it: who (the customer's name; no phone), for which time slot
 * ({@code slotId}; null on a day without slots), in which state ({@code CONFIRMED}, {@code WAITING},
 * {@code CANCELLED}), their place in the waiting line of their slot (1 = next; null unless waiting), and whether
 * they came ({@code attended}: null until recorded).
 */
public record OpenDaySignUp(long id, long customerId, String customer, Long slotId, String status, Integer position,
        Instant signedAt, Boolean attended, Instant attendanceAt, String attendanceBy) {
}
