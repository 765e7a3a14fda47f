package com.estatecare.delivery;

/**
 * The delivery's policy (policy kind {@code delivery}): a defect found at the inspection is to be rectified within
 * {@code rectificationWorkingDays} working days of the business calendar unless staff set another day; owners whose
 * keys are not collected are reminded once every {@code keyReminderDays} days. Neither number is in the manuals;
 * the defaults are the application's: three working weeks, a weekly reminder.
 */
public record DeliveryPolicy(int rectificationWorkingDays, int keyReminderDays) {

    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(15, 7);
    }
}
