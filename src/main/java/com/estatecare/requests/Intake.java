package com.estatecare.requests;

import java.time.Instant;

/** A checked intake: every reference resolved, the scope decided. */
record Intake(long companyId, RequestKind kind, Channel channel, Category category, String componentCode,
        boolean emergency, Long projectId, Long buildingId, Long unitId, String scopePath, String unitLabel,
        Long customerId, String customerName, Reporter reporter, String description, String locationInUnit,
        String problemSince, String expectedOutcome, Instant receivedAt, boolean readBackConfirmed,
        String viaDepartment, Instant departmentReceivedAt, Long firstContactId, String firstContactName,
        Long relatedRequestId, ComplaintFacts complaint) {
}
