package com.estatecare.timelimits.internal;

import java.util.Optional;

import com.estatecare.requests.Action;

/**
 * What starts or stops a clock: the request's registration at the centre, its
 * receipt by another department, or a step of its lifecycle. The policy names
 * a trigger by its {@link #code()} ({@code REGISTERED}, {@code DEPARTMENT_RECEIVED},
 * {@code DISPATCH}, …).
 */
public record Trigger(Point point, Action step) {

    public enum Point { REGISTERED, DEPARTMENT_RECEIVED, STEP }

    public static final Trigger REGISTERED = new Trigger(Point.REGISTERED, null);
    public static final Trigger DEPARTMENT_RECEIVED = new Trigger(Point.DEPARTMENT_RECEIVED, null);

    public static Trigger step(Action action) {
        return new Trigger(Point.STEP, action);
    }

    /** The trigger a policy names, or empty when the name is none. */
    public static Optional<Trigger> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Point point : Point.values()) {
            if (point != Point.STEP && point.name().equals(code)) {
                return Optional.of(new Trigger(point, null));
            }
        }
        for (Action action : Action.values()) {
            if (action.name().equals(code)) {
                return Optional.of(step(action));
            }
        }
        return Optional.empty();
    }

    public String code() {
        return point == Point.STEP ? step.name() : point.name();
    }
}
