package com.estatecare.timelimits.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** Every trigger by the code a policy names it with. */
    private static final Map<String, Trigger> BY_CODE = Stream
            .concat(Stream.of(REGISTERED, DEPARTMENT_RECEIVED), Arrays.stream(Action.values()).map(Trigger::step))
            .collect(Collectors.toUnmodifiableMap(Trigger::code, trigger -> trigger));

    /** The trigger a policy names, or empty when the name is none. */
    public static Optional<Trigger> parse(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    public String code() {
        return point == Point.STEP ? step.name() : point.name();
    }
}
