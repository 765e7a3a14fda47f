package com.estatecare.warranty.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs the warranty reminders on a schedule (hourly by default), on one instance at a time. */
@Component
class WarrantyReminderSweep {

    private final WarrantyReminders reminders;

    WarrantyReminderSweep(WarrantyReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${estatecare.warranty.sweep-interval:PT1H}",
            initialDelayString = "${estatecare.warranty.sweep-interval:PT1H}")
    @SchedulerLock(name = "warranty-reminder-sweep", lockAtMostFor = "PT30M")
    void run() {
        reminders.sweep();
    }
}
