package com.estatecare.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A time slot of an open day (业主开放日的时段) was added, changed or removed by a staff member (decision 053): its
 * time and places before and after ({@code null} where it did not exist), the owners whose sign-up the change
 * cancelled (each to be told once, in their inbox and by their channels) and how many waiting owners it confirmed.
 * Audited in the changing transaction (decision 016); it carries ids and times, no personal data.
 */
public record OpenDaySlotChanged(long companyId, String scopePath, long dayId, String dayTitle, long slotId,
        Change change, Slot before, Slot after, List<Cancelled> cancelled, int promoted, Instant at) {

    /** What became of the slot. */
    public enum Change {
        ADDED, CHANGED, REMOVED
    }

    /** A slot's time and places. */
    public record Slot(Instant startsAt, Instant endsAt, int capacity) {
    }

    /** An owner's sign-up the change cancelled: the place they held ({@code confirmed}) or waited for. */
    public record Cancelled(long signUpId, long customerId, boolean confirmed, Instant signedAt) {
    }

    public OpenDaySlotChanged {
        cancelled = List.copyOf(cancelled);
    }

    /**
     * The key of one owner's message of this cancellation: their sign-up as it was held (its id and when it was
     * made), the same however often the event arrives, new when they sign up again and lose it again.
     */
    public static String key(Cancelled c) {
        return "open-day-slot-cancelled:" + c.signUpId() + ":" + c.signedAt().toEpochMilli();
    }

    /** The time of the slot the owners signed up for. */
    public Slot signedUpFor() {
        return before != null ? before : after;
    }

    @Override
    public String toString() {
        return "OpenDaySlotChanged " + change + " slot " + slotId + " of day " + dayId + ", " + cancelled.size()
                + " cancelled";
    }
}
