package com.estatecare.grading.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estatecare.grading.Grading;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Time passes: the complaints whose "unresolved one week / one month" point is due are graded again. */
@Component
class GradingSweep {

    private final Grading grading;

    GradingSweep(Grading grading) {
        this.grading = grading;
    }

    @Scheduled(fixedDelayString = "${estatecare.grading.sweep-interval:PT5M}",
            initialDelayString = "${estatecare.grading.sweep-interval:PT5M}")
    @SchedulerLock(name = "grading-sweep")
    void sweep() {
        grading.sweep();
    }
}
