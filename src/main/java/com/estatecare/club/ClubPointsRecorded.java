package com.estatecare.club;

import java.time.Instant;

/**
 * An entry was appended to a member's points ledger (积分): earned by a rule, redeemed for a gift, or expired by
 * the sweep; published in the transaction that wrote it, so that {@code privacy} audits it there.
 *
 * @param kind   {@code EARN}, {@code REDEEM} or {@code EXPIRE}
 * @param rule   the earning rule ({@code JOIN}, {@code ACTIVITY}, {@code REFERRAL}, {@code SURVEY}), or null
 * @param points signed: positive when earned, negative when redeemed or expired
 */
public record ClubPointsRecorded(long entryId, long memberId, long companyId, String scopePath, String kind,
        String rule, int points, int balanceAfter, String key, Instant at) {
}
