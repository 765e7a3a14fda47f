package com.estatecare.delivery.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs the key reminders on a schedule (hourly by default), on one instance at a time. */
@Component
class KeyReminderSweep {

    private final KeyReminders reminders;

    KeyReminderSweep(KeyReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${estatecare.delivery.key-sweep-interval:PT1H}",
            initialDelayString = "${estatecare.delivery.key-sweep-interval:PT1H}")
    @SchedulerLock(name = "delivery-key-reminder-sweep", lockAtMostFor = "PT30M")
    void run() {
        reminders.sweep();
    }
}
