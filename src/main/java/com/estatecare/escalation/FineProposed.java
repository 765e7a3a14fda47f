package com.estatecare.escalation;

import java.time.Instant;

/** A fine was proposed because a request climbed the ladder unsolved (累计处罚制). */
public record FineProposed(long fineId, long requestId, long companyId, LiableParty party, long amountFen,
        String rule, Instant at) {
}
