package com.estatecare.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A broken business rule, as one of a few specific kinds ({@link InvalidInput},
 * {@link NotFound}, {@link UnknownReference}, {@link Conflict},
 * {@link Forbidden}, {@link Unprocessable}). The domain knows nothing of HTTP:
 * the web edge maps each kind, in one place, to an RFC 9457 problem whose
 * {@code type} is stable ({@code urn:estatecare:problem:<code>}) and whose
 * title and detail are translated from the message keys
 * {@code problem.<code>.title} and {@code problem.<code>.detail}.
 */
public abstract sealed class DomainException extends RuntimeException {

    private final String code;
    private final Object[] arguments;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    DomainException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    /** The members of every problem (RFC 9457), which no extension property may repeat. */
    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail",
            "instance");

    /** An extension property of the problem; never one of its own members (a record's status is {@code currentStatus}). */
    public DomainException with(String property, Object value) {
        if (PROBLEM_MEMBERS.contains(property)) {
            throw new IllegalArgumentException("a problem's own member cannot be an extension: " + property);
        }
        properties.put(property, value);
        return this;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Fields whose values break a rule; each names its reason. */
    public static final class InvalidInput extends DomainException {
        InvalidInput(List<FieldProblem> problems) {
            super("invalid-input");
            with("errors", List.copyOf(problems));
        }
    }

    /** Nothing there — also for data outside the caller's scope, so that its existence is never revealed. */
    public static final class NotFound extends DomainException {
        NotFound(String code, Object... arguments) {
            super(code, arguments);
        }
    }

    /** A well-formed reference to something that does not exist (for the caller). */
    public static final class UnknownReference extends DomainException {
        UnknownReference(String field) {
            super("unknown-reference", field);
            with("errors", List.of(FieldProblem.of(field, "unknown")));
        }
    }

    /** The request is fine, but the state of things does not allow it now. */
    public static final class Conflict extends DomainException {
        Conflict(String code, Object... arguments) {
            super(code, arguments);
        }
    }

    /** The caller may see it but not do this. */
    public static final class Forbidden extends DomainException {
        Forbidden(String code) {
            super(code);
        }
    }

    /** Well-formed, but its content cannot be processed (a reused idempotency key, a rejected import). */
    public static final class Unprocessable extends DomainException {
        Unprocessable(String code, Object... arguments) {
            super(code, arguments);
        }
    }

    public static DomainException notFound(String what) {
        return new NotFound("not-found").with("entity", what);
    }

    /** An action, report or other named thing that does not exist. */
    public static DomainException unknown(String code, Object... arguments) {
        return new NotFound(code, arguments);
    }

    public static DomainException unknownReference(String field) {
        return new UnknownReference(field);
    }

    /** A field whose value breaks a rule that only the domain can check. */
    public static DomainException invalidField(String field, String reasonCode, Object... arguments) {
        return new InvalidInput(List.of(new FieldProblem(field, reasonCode, arguments)));
    }

    /** Several fields at once. */
    public static DomainException invalidInput(List<FieldProblem> problems) {
        return new InvalidInput(problems);
    }

    /** {@code field} names something that exists already (a unit number in its building, ...). */
    public static DomainException duplicate(String field) {
        return new Conflict("conflict").with("errors", List.of(FieldProblem.of(field, "duplicate")));
    }

    /** Somebody else changed it first. */
    public static DomainException staleVersion(long expected, long actual) {
        return new Conflict("stale-version", expected, actual).with("currentVersion", actual);
    }

    /** The state of things does not allow this now ({@code code} names which rule). */
    public static DomainException conflict(String code, Object... arguments) {
        return new Conflict(code, arguments);
    }

    public static DomainException forbidden(String code) {
        return new Forbidden(code);
    }

    public static DomainException unprocessable(String code, Object... arguments) {
        return new Unprocessable(code, arguments);
    }
}
