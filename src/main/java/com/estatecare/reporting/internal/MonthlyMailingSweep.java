package com.estatecare.reporting.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Looks every hour whether a company's monthly report is due (the first working day of its month), on one
 * instance at a time; the outbox's unique key holds even if the lock ran out.
 */
@Component
class MonthlyMailingSweep {

    private final MonthlyMailing mailing;

    MonthlyMailingSweep(MonthlyMailing mailing) {
        this.mailing = mailing;
    }

    @Scheduled(cron = "${estatecare.reports.monthly-cron:0 7 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "monthly-report-mailing", lockAtMostFor = "PT30M")
    void run() {
        mailing.queueDue();
    }
}
