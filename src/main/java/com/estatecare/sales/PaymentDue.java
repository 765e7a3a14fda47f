package com.estatecare.sales;

import java.time.LocalDate;

/**
 * 付款提醒 due: an instalment of a buyer's payment schedule falls due on {@code dueOn} and is not paid; published
 * once per instalment and due day (the sweep takes a unique key first). The notifications module sends it to the
 * customer through the channels they take, unless it was paid meanwhile ({@link Sales#stillDue}).
 */
public record PaymentDue(long companyId, String scopePath, long customerId, long dealId, long instalmentId, int seq,
        LocalDate dueOn, long amountFen, String unitLabel) {

    /** The key of this reminder, the same however often the event arrives. */
    public String key() {
        return "payment:" + instalmentId + ":" + dueOn;
    }
}
