package com.estatecare.registry;

import java.time.Instant;

/** A customer became owner or co-owner of a unit. */
public record OwnershipRecorded(long customerId, long companyId, long unitId, String unitLabel, OwnershipRole role,
        Instant at) {
}
