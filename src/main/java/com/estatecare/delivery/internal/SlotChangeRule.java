package com.estatecare.delivery.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What changing or removing an open day's time slot does to the owners who hold or wait for its places (decision
 * 053): nobody loses a place silently. A slot moved to another time, or removed, takes every owner holding or waiting
 * for it ({@link Outcome#cancelled()}); a capacity lowered below the places confirmed takes the owners confirmed last,
 * beyond the new capacity (first come, first kept), and leaves the waiting line as it is; a capacity raised gives the
 * new places to the first in line ({@link Outcome#promoted()}). Staff must say that the owners taken are to be
 * cancelled (and told); otherwise the change is refused, naming how many.
 */
public final class SlotChangeRule {

    /** An owner holding ({@code confirmed}) or waiting for a place of the slot, since {@code signedAt}. */
    public record Holder(long signUpId, long customerId, boolean confirmed, Instant signedAt) {
    }

    /** The owners the change cancels, and how many of those waiting it confirms. */
    public record Outcome(List<Holder> cancelled, int promoted) {

        public boolean cancels() {
            return !cancelled.isEmpty();
        }
    }

    private SlotChangeRule() {
    }

    /**
     * A slot edited to {@code capacity}, to another time when {@code moved}; {@code holders} in their order: the
     * confirmed as they signed up, then the waiting line.
     */
    public static Outcome edit(boolean moved, int capacity, List<Holder> holders) {
        if (moved) {
            return new Outcome(List.copyOf(holders), 0);
        }
        List<Holder> confirmed = holders.stream().filter(Holder::confirmed).toList();
        long waiting = holders.size() - confirmed.size();
        if (confirmed.size() > capacity) {
            List<Holder> beyond = new ArrayList<>(confirmed.subList(capacity, confirmed.size()));
            Collections.reverse(beyond);
            return new Outcome(List.copyOf(beyond), 0);
        }
        return new Outcome(List.of(), (int) Math.min(waiting, capacity - confirmed.size()));
    }

    /** A slot removed: every owner holding or waiting for it. */
    public static Outcome remove(List<Holder> holders) {
        return new Outcome(List.copyOf(holders), 0);
    }
}
