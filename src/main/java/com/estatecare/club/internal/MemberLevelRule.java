package com.estatecare.club.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Objects;

/**
 * 会员等级: a member's level is the highest of the level policy's levels (in their order) whose thresholds they
 * meet — units owned, and whole years since the first of their units was handed over. A member without a handed
 * over unit has owned for 0 years; when no level is met (a policy whose lowest level asks for something), the
 * member has no level.
 */
final class MemberLevelRule {

    /** What the level was decided from, shown beside it. */
    record Decision(LevelPolicy.Level level, int units, int years) {
    }

    private MemberLevelRule() {
    }

    static Decision decide(LevelPolicy policy, Collection<LocalDate> handovers, int units, LocalDate today) {
        int years = yearsOwned(handovers, today);
        LevelPolicy.Level reached = null;
        for (LevelPolicy.Level level : policy.levels()) {
            if (units >= level.minUnits() && years >= level.minYears()) {
                reached = level;
            }
        }
        return new Decision(reached, units, years);
    }

    /** Whole years since the earliest handover that is not in the future; 0 without one. */
    static int yearsOwned(Collection<LocalDate> handovers, LocalDate today) {
        return handovers.stream().filter(Objects::nonNull).filter(d -> !d.isAfter(today)).min(LocalDate::compareTo)
                .map(first -> Period.between(first, today).getYears()).orElse(0);
    }
}
