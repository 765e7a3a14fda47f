package com.estatecare.grading.internal;

import java.time.Instant;
import java.util.Optional;

import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;

/**
 * One rule of SPEC §3 (《客户投诉程序》§3.3): it reads one complaint's facts and
 * the grading policy, and names itself when it fires. Of each family only the
 * strongest rule is named (the major collective threshold, not also the hotspot one).
 */
public interface GradeRule {

    Optional<GradeDecision> decide(Complaint complaint, Versioned<GradingPolicy> policy, Instant now);

    /** When this rule may fire next although no fact changes (time passes); none for most rules. */
    default Optional<Instant> nextCheck(Complaint complaint, Versioned<GradingPolicy> policy,
            com.estatecare.grading.ComplaintGrade grade, Instant now) {
        return Optional.empty();
    }
}
