package com.estatecare.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.sales.DealStatus;

/** 退房: a granted check-out ends the deal, a refused one leaves it (decision 049). */
class CheckOutRuleTests {

    @Test
    void aGrantedCheckOutEndsTheDeal() {
        assertThat(CheckOutRule.after(DealStatus.CONTRACTED, true)).contains(DealStatus.CHECKED_OUT);
        assertThat(CheckOutRule.after(DealStatus.SUBSCRIBED, true)).contains(DealStatus.CHECKED_OUT);
    }

    @Test
    void aRefusedCheckOutLeavesTheDealAsItWas() {
        for (DealStatus status : DealStatus.values()) {
            assertThat(CheckOutRule.after(status, false)).as(status.name()).isEmpty();
        }
    }

    @Test
    void aDealHandedOverOrEndedIsNotEndedAgain() {
        assertThat(CheckOutRule.after(DealStatus.HANDED_OVER, true)).isEmpty();
        assertThat(CheckOutRule.after(DealStatus.CHECKED_OUT, true)).isEmpty();
    }
}
