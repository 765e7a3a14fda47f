package com.estatecare.delivery;

import java.time.Instant;

/**
 * An open day (工地开放日) of a project: its time and place, its capacity, how many owners are confirmed, waiting
 * and (once it has begun) recorded as attending, and for an owner their own sign-up ({@code CONFIRMED},
 * {@code WAITING}, {@code CANCELLED}; null if none) and, while they wait, their place in the line
 * ({@code myPosition}, 1 = next; null otherwise).
 */
public record OpenDayView(long id, long projectId, String title, String place, Instant startsAt, Instant endsAt,
        int capacity, int confirmed, int waiting, int attended, String mySignUp, Integer myPosition) {
}
