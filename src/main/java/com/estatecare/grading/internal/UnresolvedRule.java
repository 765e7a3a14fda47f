package com.estatecare.grading.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.RequestStatus;

/**
 * 由于我方原因仍未解决: a complaint still open {@code unresolvedMajorDays} after
 * it was received → major, {@code unresolvedHotspotDays} → hotspot, unless its
 * investigation named the customer as responsible. The only rule that fires
 * with time alone, so it also says when it may fire next.
 */
public final class UnresolvedRule implements GradeRule {

    /** Statuses in which the complaint counts as resolved (or withdrawn): the clock of "unresolved" stops. */
    static final Set<RequestStatus> RESOLVED = EnumSet.of(RequestStatus.DONE, RequestStatus.VERIFIED,
            RequestStatus.REVISITED, RequestStatus.ARCHIVED, RequestStatus.CANCELLED);

    @Override
    public Optional<GradeDecision> decide(Complaint complaint, Versioned<GradingPolicy> policy, Instant now) {
        if (!throughOurFault(complaint)) {
            return Optional.empty();
        }
        GradingPolicy days = policy.policy();
        GradeReason reason = !now.isBefore(due(complaint, days.unresolvedMajorDays())) ? GradeReason.UNRESOLVED_MAJOR
                : !now.isBefore(due(complaint, days.unresolvedHotspotDays())) ? GradeReason.UNRESOLVED_HOTSPOT : null;
        return Optional.ofNullable(reason).map(r -> new GradeDecision(r, policy.version()));
    }

    /**
     * The first "unresolved" point still ahead that would raise the grade;
     * none once the complaint is resolved or the customer was found responsible.
     */
    @Override
    public Optional<Instant> nextCheck(Complaint complaint, Versioned<GradingPolicy> policy, ComplaintGrade grade,
            Instant now) {
        if (!throughOurFault(complaint)) {
            return Optional.empty();
        }
        Instant hotspot = due(complaint, policy.policy().unresolvedHotspotDays());
        if (ComplaintGrade.HOTSPOT.isMoreSeriousThan(grade) && hotspot.isAfter(now)) {
            return Optional.of(hotspot);
        }
        Instant major = due(complaint, policy.policy().unresolvedMajorDays());
        if (ComplaintGrade.MAJOR.isMoreSeriousThan(grade) && major.isAfter(now)) {
            return Optional.of(major);
        }
        return Optional.empty();
    }

    private static boolean throughOurFault(Complaint complaint) {
        return !RESOLVED.contains(complaint.status()) && !complaint.customerResponsible();
    }

    private static Instant due(Complaint complaint, int days) {
        return complaint.receivedAt().plus(Duration.ofDays(days));
    }
}
