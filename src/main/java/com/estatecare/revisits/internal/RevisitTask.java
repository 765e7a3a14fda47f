package com.estatecare.revisits.internal;

import java.time.Instant;
import java.util.Map;

import com.estatecare.revisits.RevisitAnswered;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A revisit task (回访任务) as the API shows it: the repair it revisits, when it is due, and its answer.
 * {@code status} OPEN, ANSWERED or WITHDRAWN; {@code overdue}: still open after its due time; {@code activityId}
 * and {@code activityTheme}: the club activity during which the owner was revisited (method ACTIVITY).
 */
@Schema(name = "RevisitTask")
record RevisitTask(long id, long requestId, String requestNumber, int handlingRound, Long projectId,
        String projectName, String unitLabel, Instant completedAt, Instant dueAt, Status status, boolean overdue,
        String answeredVia, RevisitAnswered.Method method, Long templateId, Map<String, Object> answers,
        Boolean satisfied, Integer satisfaction, Boolean followedUp, String answeredBy, Instant answeredAt, Long activityId,
        String activityTheme) {

    enum Status {
        OPEN, ANSWERED, WITHDRAWN
    }
}
