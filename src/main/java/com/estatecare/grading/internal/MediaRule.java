package com.estatecare.grading.internal;

import java.time.Instant;
import java.util.Optional;

import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.Media;

/** 已经被媒体曝光 → major; 可能被媒体曝光 → hotspot. */
public final class MediaRule implements GradeRule {

    @Override
    public Optional<GradeDecision> decide(Complaint complaint, Versioned<GradingPolicy> policy, Instant now) {
        GradeReason reason = complaint.media() == Media.EXPOSED ? GradeReason.MEDIA_EXPOSED
                : complaint.media() == Media.LIKELY ? GradeReason.MEDIA_LIKELY : null;
        return Optional.ofNullable(reason).map(r -> new GradeDecision(r, policy.version()));
    }
}
