package com.estatecare.policies;

import java.time.Instant;

/**
 * An administrator stored a new version of a policy for a company ({@link Policies#GROUP} for the group): the
 * policy in force before (its version and JSON body) and the new one, with the reason given.
 */
public record PolicyChanged(String kind, long companyId, int versionBefore, String before, int version,
        String after, String reason, Instant at) {
}
