package com.estatecare.grading.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.requests.Lawsuit;
import com.estatecare.requests.Media;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestStatus;

/**
 * The rules of SPEC §3 (seed 002 §3.3) over one complaint's facts: which fire
 * now, the grade they lead to, and when a time-based rule may fire next. Of
 * each family only the strongest rule is named (the major collective threshold,
 * not also the hotspot one).
 */
public final class GradeRules {

    /** Statuses in which the complaint counts as resolved (or withdrawn): the clock of "unresolved" stops. */
    public static final Set<RequestStatus> RESOLVED = EnumSet.of(RequestStatus.DONE, RequestStatus.VERIFIED,
            RequestStatus.REVISITED, RequestStatus.ARCHIVED, RequestStatus.CANCELLED);

    /**
     * What the rules need beyond the complaint itself.
     *
     * @param sameCategoryComplainants different complainants of the project's complaints of the same
     *                                 category within the hotspot window up to this one, itself included
     * @param repeatsClosedComplaint   it is linked to an earlier complaint that was already handled
     */
    public record Context(int sameCategoryComplainants, boolean repeatsClosedComplaint) {
    }

    private GradeRules() {
    }

    public static List<GradeReason> fired(GradingPolicy policy, RequestFacts complaint, Context context, Instant now) {
        List<GradeReason> fired = new ArrayList<>();
        if (complaint.lawsuit() == Lawsuit.FILED) {
            fired.add(GradeReason.LAWSUIT_FILED);
        } else if (complaint.lawsuit() == Lawsuit.LIKELY) {
            fired.add(GradeReason.LAWSUIT_LIKELY);
        }
        if (complaint.media() == Media.EXPOSED) {
            fired.add(GradeReason.MEDIA_EXPOSED);
        } else if (complaint.media() == Media.LIKELY) {
            fired.add(GradeReason.MEDIA_LIKELY);
        }
        if (complaint.complainantCount() >= policy.collectiveMajor()) {
            fired.add(GradeReason.COLLECTIVE_MAJOR);
        } else if (complaint.complainantCount() >= policy.collectiveHotspot()) {
            fired.add(GradeReason.COLLECTIVE_HOTSPOT);
        }
        if (unresolvedThroughOurFault(complaint)) {
            if (!now.isBefore(due(complaint, policy.unresolvedMajorDays()))) {
                fired.add(GradeReason.UNRESOLVED_MAJOR);
            } else if (!now.isBefore(due(complaint, policy.unresolvedHotspotDays()))) {
                fired.add(GradeReason.UNRESOLVED_HOTSPOT);
            }
        }
        if (context.sameCategoryComplainants() >= policy.hotspotComplainants()) {
            fired.add(GradeReason.HOTSPOT_DIFFERENT_COMPLAINANTS);
        }
        if (context.repeatsClosedComplaint()) {
            fired.add(GradeReason.REPEATED_AFTER_CLOSURE);
        }
        if (complaint.needsSupport()) {
            fired.add(GradeReason.NEEDS_SUPPORT);
        }
        fired.sort(null);
        return fired;
    }

    /** The most serious grade the reasons lead to; ordinary when none. */
    public static ComplaintGrade gradeOf(Collection<GradeReason> reasons) {
        return reasons.stream().map(GradeReason::grade).filter(g -> g != null).min(Enum::compareTo)
                .orElse(ComplaintGrade.ORDINARY);
    }

    /**
     * When a time-based rule that would raise the grade may fire next: the
     * first "unresolved" threshold still ahead and more serious than the
     * grade; none once the complaint is resolved or its investigation found
     * the customer responsible.
     */
    public static Instant nextCheck(GradingPolicy policy, RequestFacts complaint, ComplaintGrade grade, Instant now) {
        if (!unresolvedThroughOurFault(complaint)) {
            return null;
        }
        Instant hotspot = due(complaint, policy.unresolvedHotspotDays());
        if (ComplaintGrade.HOTSPOT.isMoreSeriousThan(grade) && hotspot.isAfter(now)) {
            return hotspot;
        }
        Instant major = due(complaint, policy.unresolvedMajorDays());
        if (ComplaintGrade.MAJOR.isMoreSeriousThan(grade) && major.isAfter(now)) {
            return major;
        }
        return null;
    }

    /** 由于我方原因仍未解决: still open, and the investigation did not find the customer responsible. */
    static boolean unresolvedThroughOurFault(RequestFacts complaint) {
        return !RESOLVED.contains(complaint.status()) && !"CUSTOMER".equals(complaint.investigationParty());
    }

    private static Instant due(RequestFacts complaint, int days) {
        return complaint.receivedAt().plus(Duration.ofDays(days));
    }
}
