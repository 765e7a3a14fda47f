package com.estatecare.requests;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a visit should not go where it was moved: the engineer has another visit then ({@code VISIT}, with
 * that request's number when the caller may see it, and its time), or the day is not a working day on the
 * company's business calendar ({@code DAY_OFF}, with the day).
 */
@Schema(name = "ScheduleConflict")
public record ScheduleConflict(Kind kind, Long requestId, String number, Instant scheduledAt, LocalDate day) {

    /** What the move runs into. */
    public enum Kind { VISIT, DAY_OFF }

    static ScheduleConflict visit(long requestId, String number, Instant scheduledAt) {
        return new ScheduleConflict(Kind.VISIT, requestId, number, scheduledAt, null);
    }

    static ScheduleConflict dayOff(LocalDate day) {
        return new ScheduleConflict(Kind.DAY_OFF, null, null, null, day);
    }
}
