package com.estatecare.club.internal;

import com.estatecare.platform.DomainException;

/**
 * 积分兑换: a gift is redeemed only by an active member, only if it is offered, and only with points that may still
 * be spent — beyond that the redemption is refused with the balance and what may be spent, and nothing is written.
 */
final class RedemptionRule {

    private RedemptionRule() {
    }

    static void check(boolean memberActive, boolean giftActive, int giftPoints, int balance, int available) {
        if (!memberActive) {
            throw DomainException.conflict("club-member-left");
        }
        if (!giftActive) {
            throw DomainException.conflict("club-gift-withdrawn");
        }
        if (giftPoints > available) {
            throw DomainException.conflict(balance > available ? "club-points-expired" : "club-points-insufficient",
                    giftPoints, available).with("balance", balance).with("available", available)
                    .with("needed", giftPoints);
        }
    }
}
