package com.estatecare.grading;

/**
 * The stable code of a rule that decided a grade, translated at the edge
 * ({@code grade.reason.<CODE>}); the grade it leads to, none for a manual change.
 * A code names the rule, never its threshold: the numbers are {@link GradingPolicy} data.
 */
public enum GradeReason {
    /** 已引发法律诉讼 */
    LAWSUIT_FILED(ComplaintGrade.MAJOR),
    /** 已被媒体曝光 */
    MEDIA_EXPOSED(ComplaintGrade.MAJOR),
    /** 达到重大投诉人数标准（{@code collectiveMajor}）的集体投诉 */
    COLLECTIVE_MAJOR(ComplaintGrade.MAJOR),
    /** {@code unresolvedMajorDays} 天后由于我方原因仍未解决 */
    UNRESOLVED_MAJOR(ComplaintGrade.MAJOR),
    /** 可能引发法律诉讼 */
    LAWSUIT_LIKELY(ComplaintGrade.HOTSPOT),
    /** 可能被媒体曝光 */
    MEDIA_LIKELY(ComplaintGrade.HOTSPOT),
    /** {@code hotspotWindowDays} 天内 {@code hotspotComplainants} 位以上不同投诉人的相同类型投诉 */
    HOTSPOT_DIFFERENT_COMPLAINANTS(ComplaintGrade.HOTSPOT),
    /** 达到热点投诉人数标准（{@code collectiveHotspot}）的集体投诉 */
    COLLECTIVE_HOTSPOT(ComplaintGrade.HOTSPOT),
    /** {@code unresolvedHotspotDays} 天后由于我方原因仍未解决 */
    UNRESOLVED_HOTSPOT(ComplaintGrade.HOTSPOT),
    /** 处理完毕后同一问题二次投诉 */
    REPEATED_AFTER_CLOSURE(ComplaintGrade.IMPORTANT),
    /** 需要顾问支持或其他公司协助 */
    NEEDS_SUPPORT(ComplaintGrade.IMPORTANT),
    /** 人工调整 */
    MANUAL(null);

    private final ComplaintGrade grade;

    GradeReason(ComplaintGrade grade) {
        this.grade = grade;
    }

    /** The grade this rule leads to; {@code null} for {@link #MANUAL}. */
    public ComplaintGrade grade() {
        return grade;
    }

    /** Whether the rule finds a collective complaint (集体投诉): by its number of complainants. */
    public boolean collective() {
        return this == COLLECTIVE_MAJOR || this == COLLECTIVE_HOTSPOT || this == HOTSPOT_DIFFERENT_COMPLAINANTS;
    }
}
