package com.estatecare.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 交付: a unit was handed to its owner on {@code handedOverOn} (its keys taken), recorded at {@code at}. Published in
 * the transaction that records it; the sales module makes the unit's buyer an owner (decision 041).
 */
public record UnitHandedOver(long unitId, long companyId, LocalDate handedOverOn, Instant at) {
}
