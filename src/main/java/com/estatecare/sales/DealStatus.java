package com.estatecare.sales;

/** Where the sale of a unit stands (房源销售状态); a unit with no deal is for sale. */
public enum DealStatus {
    /** 已认购: subscribed, the deposit paid. */
    SUBSCRIBED,
    /** 已签约: the purchase contract signed, the payment schedule agreed. */
    CONTRACTED,
    /** 已交付: the keys handed over; the buyer is an owner. */
    HANDED_OVER,
    /** 已退房: a check-out request granted; the deal ended, the unit for sale again, nothing more reminded. */
    CHECKED_OUT;

    /** Whether the deal has ended (a granted check-out): no reminder, no payment, no step any more. */
    public boolean ended() {
        return this == CHECKED_OUT;
    }
}
