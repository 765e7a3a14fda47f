package com.estatecare.registry;

import java.time.Instant;

/** A customer was entered into the registry (by hand, import or demo data). */
public record CustomerRegistered(long customerId, long companyId, CustomerKind kind, Instant at) {
}
