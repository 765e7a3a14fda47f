package com.estatecare.grading.internal;

import java.time.Instant;
import java.util.Optional;

import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;

/** 需要顾问支持和其他公司提供协助 → important. */
public final class NeedsSupportRule implements GradeRule {

    @Override
    public Optional<GradeDecision> decide(Complaint complaint, Versioned<GradingPolicy> policy, Instant now) {
        return complaint.needsSupport() ? Optional.of(new GradeDecision(GradeReason.NEEDS_SUPPORT, policy.version()))
                : Optional.empty();
    }
}
