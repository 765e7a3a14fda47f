package com.estatecare.sales.internal;

import java.time.LocalDate;

import com.estatecare.sales.DealStatus;
import com.estatecare.sales.PaymentReminderPolicy;

/**
 * 付款提醒: whether an instalment is reminded today. Counted in calendar days, not on the business calendar: the due
 * day is a date of the contract that holds on a weekend or a holiday too, and a buyer pays through a bank on any day
 * (decision 041). The reminder is due from {@code daysBefore} days before the due day up to the due day itself (a
 * sweep that did not run on the first day catches up); never for an instalment paid in full, never when the whole
 * schedule is paid, never after the due day (being late is the consultant's call, not a reminder), never once the
 * deal has ended (a check-out granted, decision 049).
 */
public final class PaymentReminderRule {

    /** Why an instalment is or is not reminded today. */
    public enum Decision {
        REMIND, NOT_YET, PAST_DUE, PAID, SCHEDULE_PAID, DEAL_ENDED
    }

    private PaymentReminderRule() {
    }

    /** The first day the reminder of an instalment due on {@code dueOn} may go. */
    public static LocalDate remindFrom(LocalDate dueOn, PaymentReminderPolicy policy) {
        return dueOn.minusDays(policy.daysBefore());
    }

    public static Decision decide(DealStatus deal, LocalDate dueOn, long amountFen, long paidFen, boolean schedulePaid,
            LocalDate today, PaymentReminderPolicy policy) {
        if (deal.ended()) {
            return Decision.DEAL_ENDED;
        }
        if (schedulePaid) {
            return Decision.SCHEDULE_PAID;
        }
        if (paidFen >= amountFen) {
            return Decision.PAID;
        }
        if (today.isBefore(remindFrom(dueOn, policy))) {
            return Decision.NOT_YET;
        }
        return today.isAfter(dueOn) ? Decision.PAST_DUE : Decision.REMIND;
    }
}
