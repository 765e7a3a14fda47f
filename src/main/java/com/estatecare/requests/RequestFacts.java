package com.estatecare.requests;

import java.time.Instant;

/**
 * What other modules may read of a request to apply their rules: ids and facts,
 * no personal data. {@code complainant} identifies who made it (the customer,
 * else a hash of the reporter's phone) so that "different complainants" can be
 * counted. A complaint adds the facts that decide its grade and the party its
 * investigation found responsible.
 */
public record RequestFacts(long id, long companyId, String number, RequestKind kind, RequestStatus status,
        Category category, String componentCode, boolean emergency, Channel channel, Long projectId, Long unitId,
        Long customerId, String complainant, Long relatedRequestId, Long assigneeId, Long firstContactId,
        int handlingRound, Instant receivedAt, Instant createdAt, Instant closedAt, int complainantCount,
        Lawsuit lawsuit, Media media, boolean needsSupport, String investigationParty) {
}
