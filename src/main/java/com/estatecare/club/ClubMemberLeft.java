package com.estatecare.club;

import java.time.Instant;

/**
 * A member left the club (退会); published in the leaving transaction. {@code privacy} records the club consent as
 * withdrawn and audits it. The member's number and ledger stay (a member who joins again keeps them).
 */
public record ClubMemberLeft(long memberId, long companyId, String scopePath, long customerId, String number,
        String channel, Instant at) {
}
