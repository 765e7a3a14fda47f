package com.estatecare.grading.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.Category;

/**
 * 热点投诉 — 一个月内累计三次以上不同投诉人的相同类型投诉: at least
 * {@code hotspotComplainants} different complainants made complaints of the
 * same category in the same project within the {@code hotspotWindowDays}
 * up to this complaint (itself included; cancelled complaints do not count;
 * a complaint without project or category counts only itself).
 * The rule holds the threshold, the window and what is counted; the counting
 * itself is an indexed query that stops at the threshold ({@link Complainants}).
 */
public final class HotspotRule implements GradeRule {

    /**
     * How many different complainants complained about a category in a project within a time window; the
     * counting may stop at {@code enough}.
     */
    @FunctionalInterface
    public interface Complainants {
        int different(long projectId, Category category, Instant from, Instant to, int enough);
    }

    private final Complainants complainants;

    public HotspotRule(Complainants complainants) {
        this.complainants = complainants;
    }

    @Override
    public Optional<GradeDecision> decide(Complaint complaint, Versioned<GradingPolicy> policy, Instant now) {
        Instant to = complaint.receivedAt();
        Instant from = to.minus(Duration.ofDays(policy.policy().hotspotWindowDays()));
        int different = complaint.projectId() == null || complaint.category() == null ? 1
                : complainants.different(complaint.projectId(), complaint.category(), from, to,
                        policy.policy().hotspotComplainants());
        return different >= policy.policy().hotspotComplainants()
                ? Optional.of(new GradeDecision(GradeReason.HOTSPOT_DIFFERENT_COMPLAINANTS, policy.version()))
                : Optional.empty();
    }
}
