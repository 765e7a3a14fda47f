package com.estatecare.requests;

/**
 * A request as its reader is shown it by {@code GET /api/v1/requests/{id}} and
 * after each step: staff read {@link StaffRequestView}, its customer reads
 * {@link CustomerRequestView}.
 */
public sealed interface ShownRequest permits StaffRequestView, CustomerRequestView {
}
