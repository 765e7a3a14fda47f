/**
 * Sales-stage touchpoints (销售阶段, SPEC §15, decision 041): the visit of a prospect at the sales office (来访登记)
 * with its source and consultant (置业顾问), the follow-ups, the subscription (认购) and contract (签约) of a unit
 * with its payment schedule and the reminders before each due day, the loan (按揭) and certificate (产权证) steps the
 * buyer follows in the portal, and check-out requests (退房), which go to the request core's intake. The customer is
 * the registry's (a prospect registered through its API, who becomes a new owner at the handover); everything here
 * reaches the customer file as {@link com.estatecare.sales.SalesStepRecorded}, and the payment reminders leave
 * through the notifications outbox as {@link com.estatecare.sales.PaymentDue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package com.estatecare.sales;
