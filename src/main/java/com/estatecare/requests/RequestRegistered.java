package com.estatecare.requests;

import java.time.Instant;

/**
 * A request was registered and got its number. {@code departmentReceivedAt} is
 * when another department received it, for requests handed to the centre;
 * {@code relatedRequestId} the earlier request about the same problem it was
 * linked to at intake, if any; {@code scopePath} places it in the organisation
 * tree (it never moves), for the modules that keep what they know of it scoped.
 * It carries what the listeners that run in the intake's own transaction need
 * (the owner's acknowledgement, the defect record, webhooks), so that none of
 * them reads the request back.
 */
public record RequestRegistered(long requestId, long companyId, String number, RequestKind kind, Category category,
        String componentCode, Channel channel, Long customerId, Long unitId, Long projectId, Instant receivedAt,
        boolean emergency, Instant departmentReceivedAt, Long relatedRequestId, Instant registeredAt, String scopePath) {
}
