package com.estatecare.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.retention.RetentionPolicy;

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
    private final Organisation organisation;
    private final Policies policies;
    private final Clock clock;
    private final ZoneId zone;
    private final int batchSize;
    private final int maxBatches;

    ProspectRetentionSweep(ProspectRetention retention, Organisation organisation, Policies policies, Clock clock,
            @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone,
            @Value("${estatecare.retention.batch-size:200}") int batchSize,
            @Value("${estatecare.retention.max-batches:50}") int maxBatches) {
        this.retention = retention;
        this.organisation = organisation;
        this.policies = policies;
        this.clock = clock;
        this.zone = zone;
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
    }

    @Scheduled(fixedDelayString = "${estatecare.retention.sweep-interval:PT6H}",
            initialDelayString = "${estatecare.retention.sweep-interval:PT6H}")
    @SchedulerLock(name = "prospect-retention-sweep", lockAtMostFor = "PT1H")
    void scheduled() {
        run();
    }

    /** One run now (the schedule's, and the tests'): how many prospects it forgot. */
    public int run() {
        Instant now = clock.instant();
        int total = 0;
        for (OrgNodeView company : organisation.companies()) {
            long companyId = company.companyId() != null ? company.companyId() : company.id();
            Versioned<RetentionPolicy> policy = policies.current(RetentionPolicy.class, companyId);
            Instant cutoff = RetentionPolicy.cutoff(policy.policy().prospectsMonths(), now, zone);
            for (int i = 0; i < maxBatches; i++) {
                int n = retention.forgetProspects(companyId, policy.version(), cutoff, now, batchSize);
                total += n;
                if (n < batchSize) {
                    break;
                }
            }
        }
        return total;
    }
}
