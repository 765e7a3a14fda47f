package com.estatecare.delivery.internal;

import com.estatecare.requests.RequestStatus;

/**
 * Where a finding stands: recorded and not yet handed to repair, being repaired (its request open and not yet
 * done), or closed (the repair done, or its request cancelled or archived).
 */
enum FindingState {
    RECORDED, REPAIRING, CLOSED;

    static FindingState of(String requestStatus) {
        if (requestStatus == null) {
            return RECORDED;
        }
        return switch (RequestStatus.valueOf(requestStatus)) {
            case DONE, VERIFIED, REVISITED, ARCHIVED, CANCELLED -> CLOSED;
            default -> REPAIRING;
        };
    }

    boolean open() {
        return this != CLOSED;
    }

    /** The SQL condition on {@code f.request_status} of an open finding, the same rule as {@link #of}. */
    static final String OPEN_SQL = "(f.request_status is null or f.request_status not in "
            + "('DONE', 'VERIFIED', 'REVISITED', 'ARCHIVED', 'CANCELLED'))";
}
