package com.estatecare.sales;

import java.time.Instant;
import java.util.List;

/**
 * A step of the sales stage happened to a customer: the fact ({@link Fact}), the reference it names (a contract
 * number, a unit), its terms for the customer file (message keys or literal facts, no personal data), the key that
 * makes it once, and whether it stays among staff (a consultant's follow-up note). Published in the step's own
 * transaction; the customer file writes it there.
 */
public record SalesStepRecorded(long companyId, long customerId, Fact fact, String reference, List<String> terms,
        String key, boolean internal, Instant at) {

    /** What happened. */
    public enum Fact {
        VISITED, FOLLOWED_UP, SUBSCRIBED, CONTRACTED, PAID, PROGRESS, CHECK_OUT_REQUESTED, CHECKED_OUT, HANDED_OVER
    }
}
