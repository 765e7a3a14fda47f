package com.estatecare.timelimits;

/**
 * Where a clock stands: {@code RUNNING → WARNING → BREACHED}, or {@code MET}
 * when the step it waits for came in time; {@code PAUSED} while the request
 * waits on the customer; {@code CANCELLED} when the request was closed before.
 */
public enum ClockStatus {
    RUNNING, WARNING, PAUSED, BREACHED, MET, CANCELLED;

    /** The states of a clock not yet stopped, those the workbench's queues show. */
    public static java.util.Set<ClockStatus> open() {
        return java.util.EnumSet.of(RUNNING, WARNING, BREACHED, PAUSED);
    }

    /** The sweep still has something to fire for a clock in this state. */
    public boolean isTicking() {
        return this == RUNNING || this == WARNING;
    }
}
