package com.estatecare.delivery;

import java.time.Instant;
import java.util.List;

/**
 * An open day (工地开放日) of a project: its time and place, its capacity, how many owners are confirmed, waiting
 * and (once it has begun) recorded as attending, and for an owner their own sign-up ({@code CONFIRMED},
 * {@code WAITING}, {@code CANCELLED}; null if none), the slot it is for ({@code mySlotId}; null on a day without
 * slots) and, while they wait, their place in the line of that slot ({@code myPosition}, 1 = next; null otherwise).
 * {@code slots}: the day's time slots in order, each with its own places (empty: the day is one whole).
 */
public record OpenDayView(long id, long projectId, String title, String place, Instant startsAt, Instant endsAt,
        int capacity, int confirmed, int waiting, int attended, String mySignUp, Integer myPosition, Long mySlotId,
        List<Slot> slots) {

    /** A time slot of the day (e.g. 09:00–10:00 × 20) with the owners confirmed and waiting in it. */
    public record Slot(long id, Instant startsAt, Instant endsAt, int capacity, int confirmed, int waiting) {
    }

    /** The same day with its slots (read separately). */
    public OpenDayView withSlots(List<Slot> of) {
        return new OpenDayView(id, projectId, title, place, startsAt, endsAt, capacity, confirmed, waiting, attended,
                mySignUp, myPosition, mySlotId, List.copyOf(of));
    }
}
