package com.estatecare.requests.internal;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.Visibility;

/**
 * A step the request recorded for its own timeline: who took it, the state
 * before and after, the note and the facts of the step. Registered by the
 * aggregate with its public event and written by {@link Timeline} in the same
 * transaction. Module-private: other modules read {@code RequestTransitioned}.
 */
public record StepTaken(long companyId, long requestId, Instant at, Long actorId, String actorName, String action,
        RequestStatus from, RequestStatus to, String note, Map<String, Object> details, Visibility visibility) {
}
