package com.estatecare.grading.internal;

import java.time.Instant;
import java.util.Optional;

import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;

/** 集体投诉: {@code collectiveMajor} people or more → major; {@code collectiveHotspot} or more → hotspot. */
public final class CollectiveComplaintRule implements GradeRule {

    @Override
    public Optional<GradeDecision> decide(Complaint complaint, Versioned<GradingPolicy> policy, Instant now) {
        int people = complaint.complainantCount();
        GradeReason reason = people >= policy.policy().collectiveMajor() ? GradeReason.COLLECTIVE_MAJOR
                : people >= policy.policy().collectiveHotspot() ? GradeReason.COLLECTIVE_HOTSPOT : null;
        return Optional.ofNullable(reason).map(r -> new GradeDecision(r, policy.version()));
    }
}
