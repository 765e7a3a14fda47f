package com.estatecare.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A broken business rule. Mapped once, centrally, to an RFC 9457 problem whose
 * {@code type} is stable ({@code urn:estatecare:problem:<code>}) and whose
 * title and detail are translated from the message keys
 * {@code problem.<code>.title} and {@code problem.<code>.detail}.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Object[] arguments;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public DomainException(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
    }

    public DomainException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public HttpStatus status() {
        return status;
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

    /** 404 — also used for data outside the caller's scope, so that its existence is never revealed. */
    public static DomainException notFound(String what) {
        return new DomainException(HttpStatus.NOT_FOUND, "not-found").with("entity", what);
    }

    /** 422 — a well-formed reference to something that does not exist (for the caller). */
    public static DomainException unknownReference(String field) {
        return new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference", field)
                .with("errors", java.util.List.of(FieldProblem.of(field, "unknown")));
    }

    /** 400 — a field whose value breaks a rule that only the domain can check. */
    public static DomainException invalidField(String field, String reasonCode, Object... arguments) {
        return new DomainException(HttpStatus.BAD_REQUEST, "invalid-input")
                .with("errors", java.util.List.of(new FieldProblem(field, reasonCode, arguments)));
    }

    /** 409 — {@code field} names something that exists already (a unit number in its building, ...). */
    public static DomainException duplicate(String field) {
        return new DomainException(HttpStatus.CONFLICT, "conflict")
                .with("errors", java.util.List.of(FieldProblem.of(field, "duplicate")));
    }

    /** 409 — somebody else changed it first. */
    public static DomainException staleVersion(long expected, long actual) {
        return new DomainException(HttpStatus.CONFLICT, "stale-version", expected, actual)
                .with("currentVersion", actual);
    }

    /** 403 — the caller may see it but not do this. */
    public static DomainException forbidden(String code) {
        return new DomainException(HttpStatus.FORBIDDEN, code);
    }
}
