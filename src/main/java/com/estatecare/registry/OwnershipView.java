package com.estatecare.registry;

import java.time.LocalDate;

/** That a customer owns (产权人) or co-owns (共有产权人) a unit, since when if known. */
public record OwnershipView(UnitView unit, OwnershipRole role, LocalDate since) {
}
