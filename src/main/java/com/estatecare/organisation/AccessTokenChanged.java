package com.estatecare.organisation;

import java.time.Instant;

/** A personal access token was issued or revoked ({@code change}: {@code ISSUED}, {@code REVOKED}); never its value. */
public record AccessTokenChanged(long tokenId, long accountId, String name, String change, Instant at) {
}
