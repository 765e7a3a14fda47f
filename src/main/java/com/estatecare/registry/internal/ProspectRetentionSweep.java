package com.estatecare.registry.internal;

import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estatecare.retention.RetentionRuns;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The retention sweep over customers: per company, prospects who never bought and are past the retention policy's
 * period are anonymised, in batches of {@code estatecare.retention.batch-size}, at most
 * {@code estatecare.retention.max-batches} per run, on one instance at a time. Running it again changes nothing
 * more.
 */
@Component
public class ProspectRetentionSweep {

    private final ProspectRetention retention;
    private final RetentionRuns runs;

    ProspectRetentionSweep(ProspectRetention retention, RetentionRuns runs) {
        this.retention = retention;
        this.runs = runs;
    }

    @Scheduled(fixedDelayString = "${estatecare.retention.sweep-interval:PT6H}",
            initialDelayString = "${estatecare.retention.sweep-interval:PT6H}")
    @SchedulerLock(name = "prospect-retention-sweep", lockAtMostFor = "PT1H")
    void scheduled() {
        run();
    }

    /** One run now (the schedule's, and the tests'): how many prospects it forgot. */
    public int run() {
        int[] total = { 0 };
        runs.eachCompany((companyId, policy, now) -> {
            Instant cutoff = runs.cutoff(policy.policy().prospectsMonths(), now);
            total[0] += runs.inBatches(size -> retention.forgetProspects(companyId, policy.version(), cutoff, now,
                    size));
        });
        return total[0];
    }
}
