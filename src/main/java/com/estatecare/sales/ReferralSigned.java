package com.estatecare.sales;

import java.time.Instant;

/**
 * A buyer whom a customer referred (老带新: the visitor was registered with source {@code REFERRAL} and the
 * referring customer) signed their purchase contract (推荐成交). The club earns the referrer the points policy's
 * {@code referral} points, once per contract; a referrer who is no member earns nothing.
 */
public record ReferralSigned(long companyId, long referrerCustomerId, long buyerCustomerId, String contractReference,
        Instant at) {
}
