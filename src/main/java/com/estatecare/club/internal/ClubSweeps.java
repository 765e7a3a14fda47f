package com.estatecare.club.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs the club's daily work on a schedule (hourly by default: each run does what today still owes), on one instance
 * at a time: the greetings, then the expiry of points past their last day.
 */
@Component
class ClubSweeps {

    private final Greetings greetings;
    private final PointsExpiry expiry;

    ClubSweeps(Greetings greetings, PointsExpiry expiry) {
        this.greetings = greetings;
        this.expiry = expiry;
    }

    @Scheduled(fixedDelayString = "${estatecare.club.sweep-interval:PT1H}",
            initialDelayString = "${estatecare.club.sweep-interval:PT1H}")
    @SchedulerLock(name = "club-sweep", lockAtMostFor = "PT30M")
    void run() {
        greetings.sweep();
        expiry.sweep();
    }
}
