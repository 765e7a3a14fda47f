package com.estatecare.timelimits.internal;

import java.time.Instant;
import java.util.Optional;

import com.estatecare.requests.Action;
import com.estatecare.timelimits.TimeLimitPolicy.Limit;

/**
 * When a limit's clock starts: at registration from the moment the request was
 * received ({@code REGISTERED}) or the moment another department received it
 * ({@code DEPARTMENT_RECEIVED}, only for requests handed over); or at the step
 * the limit names ({@code COMPLETE} for the revisit).
 */
public final class ClockStart {

    private ClockStart() {
    }

    public static Optional<Instant> atRegistration(Limit limit, Instant receivedAt, Instant departmentReceivedAt) {
        return Trigger.parse(limit.startOn()).map(trigger -> switch (trigger.point()) {
            case REGISTERED -> receivedAt;
            case DEPARTMENT_RECEIVED -> departmentReceivedAt;
            case STEP -> null;
        });
    }

    public static Optional<Instant> atStep(Limit limit, Action step, Instant at) {
        return Trigger.parse(limit.startOn()).filter(Trigger.step(step)::equals).map(trigger -> at);
    }
}
