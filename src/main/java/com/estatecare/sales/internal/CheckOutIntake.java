package com.estatecare.sales.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;
import com.estatecare.sales.Sales;
import com.estatecare.sales.SalesViews;

/**
 * 退房申请: a buyer's request to give the unit back or be refunded becomes a request of the request core, through its
 * intake (as delivery hands its findings over, decision 023), so that its time limits, timeline, escalation and
 * revisit are the core's: a consultation (咨询) of category {@link Category#CHECK_OUT} on the unit for its buyer,
 * read back to them, in the transaction that keeps its number on the deal.
 */
@Component
class CheckOutIntake {

    /** The prefix of the request's description: where it came from. */
    static final String ORIGIN = "【退房申请】";

    private final Requests requests;
    private final Sales sales;

    CheckOutIntake(Requests requests, Sales sales) {
        this.requests = requests;
        this.sales = sales;
    }

    /** The request registered: its id and number. */
    record Registered(long requestId, String number, String status) {
    }

    @Transactional
    Registered register(long dealId, Channel channel, String reason, String expectedOutcome, CurrentUser user) {
        SalesViews.Deal deal = sales.dealToCheckOut(dealId, user);
        Requests.Registered registered = requests.register(new NewRequest(RequestKind.CONSULTATION, channel,
                deal.unitId(), deal.customerId(), null, Category.CHECK_OUT, null, false, ORIGIN + reason, null, null,
                expectedOutcome, null, true, null, null, null), user);
        sales.checkOutRegistered(dealId, registered.id(), registered.number(), registered.status().name());
        return new Registered(registered.id(), registered.number(), registered.status().name());
    }
}
