package com.estatecare.inbound.internal;

import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionRuns;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The retention sweep over the inbound channels (渠道留存清理), on a schedule and on one instance at a time: per
 * company, under the retention policy in force for it, calls of the screen pop past the period of call recordings,
 * then triage items, WeChat messages and mail senders past the period of closed requests, each in bounded batches
 * ({@link RetentionRuns}). Running it again changes nothing more.
 */
@Component
public class InboundRetentionSweep {

    private final InboundRetention retention;
    private final RetentionRuns runs;

    InboundRetentionSweep(InboundRetention retention, RetentionRuns runs) {
        this.retention = retention;
        this.runs = runs;
    }

    @Scheduled(fixedDelayString = "${estatecare.retention.sweep-interval:PT6H}",
            initialDelayString = "${estatecare.retention.sweep-interval:PT6H}")
    @SchedulerLock(name = "inbound-retention-sweep", lockAtMostFor = "PT1H")
    void scheduled() {
        run();
    }

    /** One run now (the schedule's, and the tests'): how many records it took. */
    public int run() {
        int[] total = { 0 };
        runs.eachCompany((companyId, policy, now) -> {
            RetentionPolicy p = policy.policy();
            int v = policy.version();
            Instant calls = runs.cutoff(p.callRecordingsMonths(), now);
            Instant messages = runs.cutoff(p.closedRequestsMonths(), now);
            total[0] += runs.inBatches(size -> retention.deleteCalls(companyId, v, calls, size));
            total[0] += runs.inBatches(size -> retention.anonymiseTriage(companyId, v, messages, now, size));
            total[0] += runs.inBatches(size -> retention.anonymiseWechat(companyId, v, messages, now, size));
            total[0] += runs.inBatches(size -> retention.forgetMailSenders(companyId, v, messages, size));
        });
        return total[0];
    }
}
