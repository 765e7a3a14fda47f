package com.estatecare.requests;

import java.time.Instant;
import java.util.List;

/**
 * 改约: an agreed repair visit moved — from one time and engineer to another (either may stay the same);
 * {@code acceptedConflicts} are the clashes the dispatcher saw and moved it anyway (empty when none).
 */
public record VisitRescheduled(long requestId, long companyId, String number, Instant fromScheduledAt,
        Instant toScheduledAt, Long fromAssigneeId, Long toAssigneeId, List<ScheduleConflict> acceptedConflicts,
        long byAccountId, Instant at) {
}
