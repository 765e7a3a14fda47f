package com.estatecare.platform;

/**
 * One field of a bad input and the reason, as a message key
 * ({@code field.reason.<reasonCode>}) translated at the edge.
 */
public record FieldProblem(String field, String reasonCode, Object[] arguments) {

    public static FieldProblem of(String field, String reasonCode) {
        return new FieldProblem(field, reasonCode, new Object[0]);
    }
}
