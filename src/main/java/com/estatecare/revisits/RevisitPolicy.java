package com.estatecare.revisits;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The revisit policy ({@code /api/v1/policies/revisits}): a completed repair is revisited within {@code days}
 * (seeds 000 and 001: 一周内, "within 7 days"), counted as calendar days unless a company's manual says working
 * days (then on its business calendar); an answer of overall satisfaction below {@code satisfiedFrom} on the
 * 1–5 scale is unsatisfied and sends the request to a second handling (default 3: 一般 is not a complaint,
 * 不满意 and 非常不满意 are).
 */
@Schema(name = "RevisitPolicy")
public record RevisitPolicy(int days, DayCount counting, int satisfiedFrom) {

    public static final RevisitPolicy DEFAULTS = new RevisitPolicy(7, DayCount.CALENDAR_DAYS, 3);

    /** How the days are counted. */
    public enum DayCount {
        CALENDAR_DAYS, WORKING_DAYS
    }
}
