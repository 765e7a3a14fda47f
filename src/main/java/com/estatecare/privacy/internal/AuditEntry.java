package com.estatecare.privacy.internal;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the audit log as its readers see it. {@code outcome} is {@code DONE} or {@code REFUSED};
 * {@code reason} names why (a reveal's reason, a refusal's rule); {@code detail} holds what else the entry
 * keeps: the values before and after a change (personal values masked), a reveal's field and text.
 */
record AuditEntry(long id, Instant at, Long actorId, String actorUsername, String actorName, String address,
        AuditAction action, String outcome, String recordType, Long recordId, String reason,
        Map<String, Object> detail) {

    static final String DONE = "DONE";
    static final String REFUSED = "REFUSED";
}
