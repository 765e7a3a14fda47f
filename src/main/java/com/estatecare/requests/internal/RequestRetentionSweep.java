package com.estatecare.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionSwept.DataKind;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The retention sweep over requests (留存清理), on a schedule and on one instance at a time: per company, under the
 * retention policy in force for it, call recordings, then photos, then closed requests past their period, each in
 * batches of {@code estatecare.retention.batch-size} and at most {@code estatecare.retention.max-batches} batches of
 * each per run, so one run costs bounded work and the next carries on. Running it again changes nothing more.
 */
@Component
public class RequestRetentionSweep {

    /** What one run did: how many records of each kind it took. */
    public record Run(Map<DataKind, Integer> taken) {
    }

    private final RequestRetention retention;
    private final Organisation organisation;
    private final Policies policies;
    private final Clock clock;
    private final ZoneId zone;
    private final int batchSize;
    private final int maxBatches;

    RequestRetentionSweep(RequestRetention retention, Organisation organisation, Policies policies, Clock clock,
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
    @SchedulerLock(name = "request-retention-sweep", lockAtMostFor = "PT1H")
    void scheduled() {
        run();
    }

    /** One run now (the schedule's, and the tests'). */
    public Run run() {
        Instant now = clock.instant();
        Map<DataKind, Integer> taken = new EnumMap<>(DataKind.class);
        for (OrgNodeView company : organisation.companies()) {
            long companyId = company.companyId() != null ? company.companyId() : company.id();
            Versioned<RetentionPolicy> policy = policies.current(RetentionPolicy.class, companyId);
            RetentionPolicy p = policy.policy();
            int v = policy.version();
            taken.merge(DataKind.CALL_RECORDING, batches(() -> retention.removeRecordings(companyId, v,
                    RetentionPolicy.cutoff(p.callRecordingsMonths(), now, zone), now, batchSize)), Integer::sum);
            taken.merge(DataKind.PHOTOS, batches(() -> retention.removePhotos(companyId, v,
                    RetentionPolicy.cutoff(p.photosMonthsAfterClose(), now, zone), now, batchSize)), Integer::sum);
            taken.merge(DataKind.CLOSED_REQUEST, batches(() -> retention.anonymiseClosed(companyId, v,
                    RetentionPolicy.cutoff(p.closedRequestsMonths(), now, zone), now, batchSize)), Integer::sum);
        }
        return new Run(taken);
    }

    private int batches(java.util.function.IntSupplier batch) {
        int total = 0;
        for (int i = 0; i < maxBatches; i++) {
            int n = batch.getAsInt();
            total += n;
            if (n < batchSize) {
                break;
            }
        }
        return total;
    }
}
