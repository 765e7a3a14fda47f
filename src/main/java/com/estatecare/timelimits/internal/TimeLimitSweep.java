package com.estatecare.timelimits.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estatecare.timelimits.TimeLimits;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs the sweep on a schedule, on one instance at a time. */
@Component
class TimeLimitSweep {

    private final TimeLimits timeLimits;

    TimeLimitSweep(TimeLimits timeLimits) {
        this.timeLimits = timeLimits;
    }

    @Scheduled(fixedDelayString = "${estatecare.timelimits.sweep-interval:PT30S}",
            initialDelayString = "${estatecare.timelimits.sweep-interval:PT30S}")
    @SchedulerLock(name = "time-limit-sweep", lockAtMostFor = "PT5M")
    void run() {
        timeLimits.sweep();
    }
}
