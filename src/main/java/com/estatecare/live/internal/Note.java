package com.estatecare.live.internal;

import java.time.Instant;

import com.estatecare.requests.RequestStatus;

/**
 * A change as it travels between instances: what the stream shows
 * ({@link #forStaff()}, {@link #forOwner()}) and what decides who may see it
 * ({@code scopePath}, {@code companyId}, {@code customerId},
 * {@code toldToCustomer}) — ids and codes, no names, no phones.
 */
record Note(long requestId, String number, RequestStatus status, Long assigneeId, long version, LiveChange change,
        String action, String limit, Instant at, String scopePath, long companyId, Long customerId,
        boolean toldToCustomer) {

    /** The {@code request} event as staff receive it. */
    LiveEvent forStaff() {
        return new LiveEvent(requestId, number, status, assigneeId, version, change, action, limit, at);
    }

    /** The {@code request} event as the owner receives it: no assignee, version or internal limit. */
    LiveEvent forOwner() {
        return new LiveEvent(requestId, number, status, null, null, change, action, null, at);
    }

    /** The payload of one {@code request} event. */
    record LiveEvent(long requestId, String number, RequestStatus status, Long assigneeId, Long version,
            LiveChange change, String action, String limit, Instant at) {
    }
}
