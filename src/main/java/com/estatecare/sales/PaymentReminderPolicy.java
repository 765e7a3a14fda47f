package com.estatecare.sales;

/**
 * When a buyer is reminded of an instalment (付款提醒): {@code daysBefore} calendar days before its due day (default 7),
 * and again on no other day; a reminder missed by a stopped sweep is still sent up to the due day itself.
 */
public record PaymentReminderPolicy(int daysBefore) {

    public static PaymentReminderPolicy defaults() {
        return new PaymentReminderPolicy(7);
    }
}
