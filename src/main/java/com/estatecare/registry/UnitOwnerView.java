package com.estatecare.registry;

import java.time.LocalDate;

/**
 * Who owns or co-owns a unit (产权人 / 共有产权人), since when. {@code phone} is the full number for
 * internal use; the web layer masks it.
 */
public record UnitOwnerView(long unitId, long customerId, String name, String phone, OwnershipRole role,
        LocalDate since) {
}
