package com.estatecare.grading.internal;

import java.time.Instant;
import java.util.Optional;

import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.Lawsuit;

/** 已经引发法律诉讼 → major; 可能引发法律诉讼 → hotspot. */
public final class LawsuitRule implements GradeRule {

    @Override
    public Optional<GradeDecision> decide(Complaint complaint, Versioned<GradingPolicy> policy, Instant now) {
        GradeReason reason = complaint.lawsuit() == Lawsuit.FILED ? GradeReason.LAWSUIT_FILED
                : complaint.lawsuit() == Lawsuit.LIKELY ? GradeReason.LAWSUIT_LIKELY : null;
        return Optional.ofNullable(reason).map(r -> new GradeDecision(r, policy.version()));
    }
}
