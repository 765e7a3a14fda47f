package com.estatecare.organisation;

import java.time.Instant;
import java.util.Map;

/**
 * An account was created or changed: its roles, whether it is enabled, its password ({@code change} names which:
 * {@code CREATED}, {@code ROLES}, {@code ENABLED}, {@code PASSWORD}, {@code CONTACT}). {@code before} and {@code after} hold the
 * changed facts by name; a password is never among them, only that it changed.
 */
public record AccountChanged(long accountId, String username, long orgNodeId, String change,
        Map<String, String> before, Map<String, String> after, Instant at) {
}
