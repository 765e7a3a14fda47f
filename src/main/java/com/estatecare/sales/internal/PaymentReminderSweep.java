package com.estatecare.sales.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs the payment reminders on a schedule (hourly by default), on one instance at a time. */
@Component
public class PaymentReminderSweep {

    private final PaymentReminders reminders;

    PaymentReminderSweep(PaymentReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${estatecare.sales.sweep-interval:PT1H}",
            initialDelayString = "${estatecare.sales.sweep-interval:PT1H}")
    @SchedulerLock(name = "payment-reminder-sweep", lockAtMostFor = "PT30M")
    public void run() {
        reminders.sweep();
    }
}
