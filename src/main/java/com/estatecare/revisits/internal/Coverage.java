package com.estatecare.revisits.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Revisit coverage (回访率) of the tasks due in a period: {@code revisited ÷ due}, the target 100 % (seed 001:
 * 保修完成后实施100%电话回访). {@code due}: tasks whose due time falls in the period, not withdrawn (a repair sent
 * back to handling before its revisit is revisited after its next completion); {@code revisited}: those of
 * them answered, whenever; {@code onTime}: answered by their due time; {@code overdue}: still open after it;
 * {@code duringActivities}: of the revisited, those made during a club activity (客户活动期间回访).
 * The rate is {@code null} when nothing was due.
 */
@Schema(name = "RevisitCoverage")
record Coverage(Long orgNodeId, Long projectId, String projectName, long due, long revisited, long onTime,
        long overdue, long duringActivities, BigDecimal rate, BigDecimal onTimeRate) {

    static Coverage of(Long orgNodeId, Long projectId, String projectName, long due, long revisited, long onTime,
            long overdue, long duringActivities) {
        return new Coverage(orgNodeId, projectId, projectName, due, revisited, onTime, overdue, duringActivities,
                rate(revisited, due), rate(onTime, due));
    }

    /** {@code part ÷ whole} to four decimals (0.9583 = 95.83 %), {@code null} when the whole is zero. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
