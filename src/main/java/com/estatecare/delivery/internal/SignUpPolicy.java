package com.estatecare.delivery.internal;

/**
 * The rule of an open day's places (工地开放日): an owner who signs up is confirmed while places are free, else
 * waits in line; when a confirmed owner cancels, the first in line takes the place. A cancellation of someone
 * waiting frees no place.
 */
final class SignUpPolicy {

    enum Status { CONFIRMED, WAITING, CANCELLED }

    private SignUpPolicy() {
    }

    /** The status of a new sign-up when {@code confirmed} of {@code capacity} places are taken. */
    static Status signUp(int capacity, int confirmed) {
        return confirmed < capacity ? Status.CONFIRMED : Status.WAITING;
    }

    /** Whether a cancellation in {@code status} gives its place to the first owner waiting. */
    static boolean promotesNext(Status cancelled) {
        return cancelled == Status.CONFIRMED;
    }
}
