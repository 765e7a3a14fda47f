package com.estatecare.grading.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeReason;

/**
 * A complaint's grade and the rules that decided it (投诉分级记录). The grade
 * rises automatically and never falls automatically; a manual change sets
 * aside ({@code waived}) the rules firing at that moment, so that only a new
 * fact raises it again.
 */
public final class GradeRecord {

    /** A change of grade; {@code from} is {@code null} when the complaint is graded the first time. */
    public record Change(ComplaintGrade from, ComplaintGrade to, List<GradeReason> reasons) {
    }

    private final long requestId;
    private final long companyId;
    private final boolean first;
    private final long policyCompanyId;
    private final int policyVersion;
    private ComplaintGrade grade;
    private Set<GradeReason> reasons;
    private Set<GradeReason> waived;
    private Instant nextCheckAt;

    GradeRecord(long requestId, long companyId, boolean first, ComplaintGrade grade, Collection<GradeReason> reasons,
            Collection<GradeReason> waived, long policyCompanyId, int policyVersion, Instant nextCheckAt) {
        this.requestId = requestId;
        this.companyId = companyId;
        this.first = first;
        this.grade = grade;
        this.reasons = copy(reasons);
        this.waived = copy(waived);
        this.policyCompanyId = policyCompanyId;
        this.policyVersion = policyVersion;
        this.nextCheckAt = nextCheckAt;
    }

    /** A complaint not graded before: it starts as ordinary, and its first grading is always a change. */
    public static GradeRecord first(long requestId, long companyId, long policyCompanyId, int policyVersion) {
        return new GradeRecord(requestId, companyId, true, ComplaintGrade.ORDINARY, Set.of(), Set.of(),
                policyCompanyId, policyVersion, null);
    }

    /**
     * The rules firing now: the grade becomes the most serious grade of the
     * rules not set aside if that is more serious than the current one.
     */
    public Optional<Change> apply(Collection<GradeDecision> fired) {
        Set<GradeReason> active = EnumSet.noneOf(GradeReason.class);
        fired.forEach(decision -> active.add(decision.reason()));
        active.removeAll(waived);
        ComplaintGrade computed = gradeOf(active);
        boolean rises = first || computed.isMoreSeriousThan(grade);
        ComplaintGrade from = grade;
        if (rises) {
            grade = computed;
            reasons = EnumSet.noneOf(GradeReason.class);
        }
        active.stream().filter(r -> r.grade() == grade).forEach(reasons::add);
        return rises ? Optional.of(new Change(first ? null : from, grade, reasons())) : Optional.empty();
    }

    /** 人工调整: the grade a manager sets, up or down; the rules firing now are set aside. */
    public Change change(ComplaintGrade to, Collection<GradeDecision> firingNow) {
        ComplaintGrade from = grade;
        grade = to;
        reasons = EnumSet.of(GradeReason.MANUAL);
        waived = EnumSet.noneOf(GradeReason.class);
        firingNow.forEach(decision -> waived.add(decision.reason()));
        return new Change(from, to, reasons());
    }

    /** The most serious grade the reasons lead to; ordinary when none. */
    static ComplaintGrade gradeOf(Collection<GradeReason> reasons) {
        return reasons.stream().map(GradeReason::grade).filter(g -> g != null).min(Enum::compareTo)
                .orElse(ComplaintGrade.ORDINARY);
    }

    public void checkNextAt(Instant next) {
        this.nextCheckAt = next;
    }

    public long requestId() {
        return requestId;
    }

    public long companyId() {
        return companyId;
    }

    public boolean isFirst() {
        return first;
    }

    public ComplaintGrade grade() {
        return grade;
    }

    public List<GradeReason> reasons() {
        return List.copyOf(reasons);
    }

    public Set<GradeReason> waived() {
        return Set.copyOf(waived);
    }

    public long policyCompanyId() {
        return policyCompanyId;
    }

    public int policyVersion() {
        return policyVersion;
    }

    public Instant nextCheckAt() {
        return nextCheckAt;
    }

    private static Set<GradeReason> copy(Collection<GradeReason> reasons) {
        Set<GradeReason> copy = EnumSet.noneOf(GradeReason.class);
        copy.addAll(reasons);
        return copy;
    }
}
