package com.estatecare.requests;

import java.time.Instant;

/**
 * Filters of the request list on what other modules record of requests (the dashboard's drill-down): a
 * complaint's current grade (grading), a clock met or breached in a period (timelimits), a step up the
 * ladder to a level in a period (escalation). Each is answered by the module that keeps the record, through
 * {@link RequestListCriterion}; they are staff's records, so an owner may not filter on them.
 *
 * @param grade           the complaint's current grade, 1 (重大) to 4 (一般)
 * @param clock           a time limit's key (e.g. {@code COMPLAINT_DISPATCH}): a clock of that limit was decided
 * @param clockOutcome    MET: a clock was met (its step came in time); BREACHED: a clock breached
 * @param decidedFrom     the clock was decided (met or breached) at or after this instant
 * @param decidedTo       … and before this instant
 * @param escalationLevel the request climbed to this level of the ladder
 * @param escalatedFrom   the step up was taken at or after this instant
 * @param escalatedTo     … and before this instant
 */
public record RecordFilters(Integer grade, String clock, ClockOutcome clockOutcome, Instant decidedFrom,
        Instant decidedTo, String escalationLevel, Instant escalatedFrom, Instant escalatedTo) {

    /** How a clock was decided. */
    public enum ClockOutcome { MET, BREACHED }

    /** No such filter. */
    public static final RecordFilters NONE = new RecordFilters(null, null, null, null, null, null, null, null);

    /** Whether any of them is set. */
    public boolean any() {
        return !equals(NONE);
    }

    /** Whether a clock filter is set. */
    public boolean clockSet() {
        return clock != null || clockOutcome != null || decidedFrom != null || decidedTo != null;
    }

    /** Whether an escalation filter is set. */
    public boolean escalationSet() {
        return escalationLevel != null || escalatedFrom != null || escalatedTo != null;
    }
}
