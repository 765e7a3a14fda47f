package com.estatecare.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One person's (or team's) figures for a period, side by side — seed 003 names what an assessment looks at
 * (客户满意度、服务响应时效、投诉处理结果) without weights, so no score is made of them (docs/kpis.md, "Staff
 * assessment"). Counts, and the rates derived from them: four decimals, null over nothing.
 */
@Schema(name = "AssessmentFigures")
record Figures(long closed, long reopened, long complaintsClosed, long complaintsResolvedFirst, long ratings,
        long ratingsGood, long ratingSum, long revisits, long revisitsSatisfied, long clocksMet, long clocksBreached,
        long revisitsDue, long revisited, long fines, long fineFen, BigDecimal reopenRate,
        BigDecimal complaintFirstRoundRate, BigDecimal satisfiedRate, BigDecimal averageRating,
        BigDecimal revisitSatisfiedRate, BigDecimal onTimeRate, BigDecimal revisitCoverage) {

    static final Figures NONE = of(new long[15]);

    /** From the fifteen counts, in the order of the record's components. */
    static Figures of(long[] c) {
        return new Figures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14],
                rate(c[1], c[0]), rate(c[3], c[2]), rate(c[5], c[4]), average(c[6], c[4]), rate(c[8], c[7]),
                rate(c[9], c[9] + c[10]), rate(c[12], c[11]));
    }

    long[] counts() {
        return new long[] { closed, reopened, complaintsClosed, complaintsResolvedFirst, ratings, ratingsGood, ratingSum,
                revisits, revisitsSatisfied, clocksMet, clocksBreached, revisitsDue, revisited, fines, fineFen };
    }

    /** The figures of two people together: their counts added, the rates of the sums. */
    Figures plus(Figures other) {
        long[] a = counts();
        long[] b = other.counts();
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return of(a);
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(long sum, long n) {
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
