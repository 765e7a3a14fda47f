package com.estatecare.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the sales module answers: a customer's sales file, their deals, follow-ups and steps. */
public final class SalesViews {

    private SalesViews() {
    }

    /** A visitor registered at the sales office (来访登记), with the customer's name and raw phone (masked at the edge). */
    public record Prospect(long customerId, String name, String phone, String kind, long projectId, String project,
            ProspectSource source, long consultantId, String consultant, LocalDate visitedOn, LocalDate lastFollowedOn,
            LocalDate nextOn) {
    }

    /** A follow-up (跟进) of a customer by a consultant. */
    public record FollowUp(long id, long customerId, String customerName, long consultantId, String consultant,
            LocalDate followedOn, FollowUpChannel channel, String note, String nextStep, LocalDate nextOn) {
    }

    /** An instalment of the payment schedule and what was paid of it. */
    public record Instalment(int seq, LocalDate dueOn, long amountFen, long paidFen, LocalDate paidOn,
            InstalmentState state) {
    }

    /** 已付, 部分已付, 待付, 逾期. */
    public enum InstalmentState {
        PAID, PARTLY_PAID, DUE, OVERDUE
    }

    /** A step of the loan or the certificate: done on a day, or still ahead ({@code doneOn} empty). */
    public record PurchaseStep(ProgressStep.Track track, ProgressStep step, int order, LocalDate doneOn, String note) {
    }

    /**
     * A check-out request (退房) as the request core numbered it, with the status it last reached and its outcome once
     * answered ({@code GRANTED} or {@code REFUSED}; null before).
     */
    public record CheckOut(long requestId, String number, String status, String outcome, Instant createdAt) {
    }

    /**
     * The sale of a unit to a customer: 认购, 签约, the schedule, the steps, the check-out requests; {@code checkedOutOn}
     * the day a granted check-out ended it.
     */
    public record Deal(long id, long customerId, long unitId, String unitLabel, DealStatus status,
            LocalDate subscribedOn, long depositFen, long priceFen, LocalDate contractedOn, String contractNo,
            LocalDate handedOverOn, LocalDate checkedOutOn, long paidFen, List<Instalment> instalments, List<PurchaseStep> steps,
            List<CheckOut> checkOuts, long version) {
    }

    /** A customer's sales file: their visit, follow-ups and deals. */
    public record SalesFile(long customerId, String name, String phone, String kind, Prospect prospect,
            List<FollowUp> followUps, List<Deal> deals) {
    }

    /** Where the sale of a unit stands: {@code status} empty when it is for sale. */
    public record UnitSale(long unitId, String unitLabel, DealStatus status, Long dealId) {
    }
}
