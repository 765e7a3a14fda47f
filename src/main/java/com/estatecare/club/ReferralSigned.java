package com.estatecare.club;

import java.time.Instant;

/**
 * A buyer that a customer referred signed a contract (推荐成交) — the event the sales module will publish. The club
 * earns the referrer the points policy's {@code referral} points, once per contract; a referrer who is no member
 * earns nothing.
 */
public record ReferralSigned(long companyId, long referrerCustomerId, String contractReference, Instant at) {
}
