package com.estatecare.revisits;

import java.time.Instant;

/**
 * 回访 due: a completed repair got its revisit task, to be revisited by {@code dueAt}; published once per task
 * (when the task is written), for the owner's notice.
 */
public record RevisitScheduled(long taskId, long requestId, long companyId, String number, Long customerId,
        Long unitId, Instant dueAt) {
}
