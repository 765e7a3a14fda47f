package com.estatecare.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.IntUnaryOperator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;

/**
 * What every retention sweep does around its own deletes: for each company, the retention policy in force for it
 * and the cutoff of a period; and a kind of data taken in batches of {@code estatecare.retention.batch-size}, at
 * most {@code estatecare.retention.max-batches} batches per run, so one run costs bounded work and the next
 * carries on. The sweeps themselves stay in the modules that own the tables.
 */
@Component
public class RetentionRuns {

    /** One company's work in a run: its id, the policy in force for it, and the run's moment. */
    @FunctionalInterface
    public interface CompanyWork {
        void run(long companyId, Versioned<RetentionPolicy> policy, Instant now);
    }

    private final Organisation organisation;
    private final Policies policies;
    private final Clock clock;
    private final ZoneId zone;
    private final int batchSize;
    private final int maxBatches;

    RetentionRuns(Organisation organisation, Policies policies, Clock clock,
            @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone,
            @Value("${estatecare.retention.batch-size:200}") int batchSize,
            @Value("${estatecare.retention.max-batches:50}") int maxBatches) {
        this.organisation = organisation;
        this.policies = policies;
        this.clock = clock;
        this.zone = zone;
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
    }

    /** Runs {@code work} for every company, all at the same moment. */
    public void eachCompany(CompanyWork work) {
        Instant now = clock.instant();
        for (OrgNodeView company : organisation.companies()) {
            long companyId = company.companyId() != null ? company.companyId() : company.id();
            work.run(companyId, policies.current(RetentionPolicy.class, companyId), now);
        }
    }

    /** The moment before which data of a period of {@code months} is past it, as of {@code now}. */
    public Instant cutoff(int months, Instant now) {
        return RetentionPolicy.cutoff(months, now, zone);
    }

    /** Calls {@code batch} with the batch size until it takes fewer or the run's batches are spent; how many it took. */
    public int inBatches(IntUnaryOperator batch) {
        int total = 0;
        for (int i = 0; i < maxBatches; i++) {
            int n = batch.applyAsInt(batchSize);
            total += n;
            if (n < batchSize) {
                break;
            }
        }
        return total;
    }
}
