package com.estatecare.requests.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionRuns;
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
    private final RetentionRuns runs;

    RequestRetentionSweep(RequestRetention retention, RetentionRuns runs) {
        this.retention = retention;
        this.runs = runs;
    }

    @Scheduled(fixedDelayString = "${estatecare.retention.sweep-interval:PT6H}",
            initialDelayString = "${estatecare.retention.sweep-interval:PT6H}")
    @SchedulerLock(name = "request-retention-sweep", lockAtMostFor = "PT1H")
    void scheduled() {
        run();
    }

    /** One run now (the schedule's, and the tests'). */
    public Run run() {
        Map<DataKind, Integer> taken = new EnumMap<>(DataKind.class);
        runs.eachCompany((companyId, policy, now) -> {
            RetentionPolicy p = policy.policy();
            int v = policy.version();
            Instant recordings = runs.cutoff(p.callRecordingsMonths(), now);
            Instant photos = runs.cutoff(p.photosMonthsAfterClose(), now);
            Instant closed = runs.cutoff(p.closedRequestsMonths(), now);
            taken.merge(DataKind.CALL_RECORDING, runs.inBatches(size -> retention.removeRecordings(companyId, v,
                    recordings, now, size)), Integer::sum);
            taken.merge(DataKind.PHOTOS, runs.inBatches(size -> retention.removePhotos(companyId, v, photos, now,
                    size)), Integer::sum);
            taken.merge(DataKind.CLOSED_REQUEST, runs.inBatches(size -> retention.anonymiseClosed(companyId, v,
                    closed, now, size)), Integer::sum);
        });
        return new Run(taken);
    }
}
