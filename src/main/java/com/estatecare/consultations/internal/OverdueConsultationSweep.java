package com.estatecare.consultations.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estatecare.consultations.OverdueConsultations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs the overdue-consultation sweep on a schedule, on one instance at a time. */
@Component
class OverdueConsultationSweep {

    private final OverdueConsultations overdue;

    OverdueConsultationSweep(OverdueConsultations overdue) {
        this.overdue = overdue;
    }

    @Scheduled(fixedDelayString = "${estatecare.consultations.sweep-interval:PT1M}",
            initialDelayString = "${estatecare.consultations.sweep-interval:PT1M}")
    @SchedulerLock(name = "consultation-overdue-sweep", lockAtMostFor = "PT5M")
    void run() {
        overdue.sweep();
    }
}
