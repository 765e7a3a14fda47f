package com.estatecare.sales;

/** Where the sale of a unit stands (房源销售状态); a unit with no deal is for sale. */
public enum DealStatus {
    /** 已认购: subscribed, the deposit paid. */
    SUBSCRIBED,
    /** 已签约: the purchase contract signed, the payment schedule agreed. */
    CONTRACTED,
    /** 已交付: the keys handed over; the buyer is an owner. */
    HANDED_OVER
}
