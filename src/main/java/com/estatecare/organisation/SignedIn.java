package com.estatecare.organisation;

import java.time.Instant;

/**
 * Somebody opened a session: by password at {@code POST /api/v1/session} or by an owner's one-time code.
 * {@code address} is the client's address as the server saw it.
 */
public record SignedIn(long accountId, String username, String method, String address, Instant at) {
}
