package com.estatecare.requests;

import java.time.Instant;

/**
 * What other modules may read of a request to apply their rules: ids and facts,
 * no personal data. {@code complainant} identifies who made it (the customer,
 * else a hash of the reporter's phone) so that "different complainants" can be
 * counted. {@code scopePath} places it in the organisation tree (who may see
 * it); {@code investigationParty} and {@code warrantyStatus} are what the
 * investigation and the completed repair found, for accountability
 * ({@code null} until found). {@code complaint} holds the facts that decide a
 * complaint's grade ({@link ComplaintFacts#ORDINARY} for other kinds).
 */
public record RequestFacts(long id, long companyId, String number, RequestKind kind, RequestStatus status,
        Category category, String componentCode, boolean emergency, Channel channel, Long projectId, Long unitId,
        Long customerId, String complainant, Long relatedRequestId, Long assigneeId, Long firstContactId,
        int handlingRound, Instant receivedAt, Instant createdAt, Instant closedAt, String scopePath,
        ActionCommand.ResponsibleParty investigationParty, ActionCommand.WarrantyStatus warrantyStatus,
        ComplaintFacts complaint) {
}
