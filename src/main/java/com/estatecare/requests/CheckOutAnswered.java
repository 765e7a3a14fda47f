package com.estatecare.requests;

import java.time.Instant;

/**
 * A check-out request (退房, category {@link Category#CHECK_OUT}) was answered with its outcome: {@code granted} the
 * buyer gives the unit back, or refused. Published with the answer's step, in its transaction; the sales module ends
 * the deal of a granted one (decision 049). The request core knows nothing of deals.
 */
public record CheckOutAnswered(long requestId, long companyId, String number, Long customerId, boolean granted,
        Instant at) {
}
