package com.estatecare.requests;

import java.util.Set;

/**
 * Whose move it is when a request does not move: {@link #CUSTOMER} — the
 * request waits on its customer, as the lifecycle says ({@link #statuses}); a
 * clock paused by a specialist while the customer is awaited is the time
 * limits' business, not a state of the request.
 */
public enum WaitingOn {
    /** Only the customer's step is open: a finished repair or complaint awaits the owner's confirmation. */
    CUSTOMER;

    /** The states of a request of {@code kind} that wait on this party. */
    public Set<RequestStatus> statuses(RequestKind kind) {
        return Lifecycle.waitingOnCustomer(kind);
    }
}
