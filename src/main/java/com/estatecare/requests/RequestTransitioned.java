package com.estatecare.requests;

import java.time.Instant;

/**
 * A step was taken on a request (its status may or may not have changed);
 * {@code step} counts the request's steps and so identifies this one;
 * {@code visibility} tells whether the customer was told about it.
 */
public record RequestTransitioned(long requestId, long companyId, String number, RequestKind kind, Long customerId,
        Action action, RequestStatus from, RequestStatus to, int handlingRound, int step, Instant at,
        Visibility visibility) {

    /** Whether the customer was told about this step; a step published before visibility existed was not. */
    public boolean toldToTheCustomer() {
        return visibility == Visibility.CUSTOMER;
    }
}
