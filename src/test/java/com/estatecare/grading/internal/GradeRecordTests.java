package com.estatecare.grading.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeReason;

class GradeRecordTests {

    private static List<GradeDecision> firing(GradeReason... reasons) {
        return java.util.Arrays.stream(reasons).map(r -> new GradeDecision(r, 4)).toList();
    }

    private static GradeRecord graded(ComplaintGrade grade, GradeReason... reasons) {
        return new GradeRecord(42, 1, false, grade, List.of(reasons), Set.of(), 0, 4, null);
    }

    @Test
    void firstGradingIsAChangeEvenToOrdinary() {
        GradeRecord record = GradeRecord.first(42, 1, 0, 4);
        assertThat(record.apply(List.of())).hasValueSatisfying(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(ComplaintGrade.ORDINARY);
        });
    }

    @Test
    void gradeRisesToTheMostSeriousRuleFiring() {
        GradeRecord record = graded(ComplaintGrade.IMPORTANT, GradeReason.NEEDS_SUPPORT);
        GradeRecord.Change change = record
                .apply(firing(GradeReason.NEEDS_SUPPORT, GradeReason.MEDIA_LIKELY, GradeReason.COLLECTIVE_HOTSPOT))
                .orElseThrow();
        assertThat(change.from()).isEqualTo(ComplaintGrade.IMPORTANT);
        assertThat(change.to()).isEqualTo(ComplaintGrade.HOTSPOT);
        assertThat(change.reasons()).containsExactly(GradeReason.MEDIA_LIKELY, GradeReason.COLLECTIVE_HOTSPOT);
    }

    @Test
    void gradeNeverFallsAutomatically() {
        GradeRecord record = graded(ComplaintGrade.MAJOR, GradeReason.LAWSUIT_FILED);
        assertThat(record.apply(firing(GradeReason.NEEDS_SUPPORT))).isEmpty();
        assertThat(record.grade()).isEqualTo(ComplaintGrade.MAJOR);
        assertThat(record.reasons()).containsExactly(GradeReason.LAWSUIT_FILED);
    }

    @Test
    void anotherRuleOfTheSameGradeJoinsTheReasonsWithoutAChange() {
        GradeRecord record = graded(ComplaintGrade.MAJOR, GradeReason.LAWSUIT_FILED);
        assertThat(record.apply(firing(GradeReason.MEDIA_EXPOSED))).isEmpty();
        assertThat(record.reasons()).containsExactly(GradeReason.LAWSUIT_FILED, GradeReason.MEDIA_EXPOSED);
    }

    @Test
    void manualChangeSetsAsideTheRulesFiringSoOnlyANewFactRaisesItAgain() {
        GradeRecord record = graded(ComplaintGrade.MAJOR, GradeReason.LAWSUIT_FILED);
        GradeRecord.Change manual = record.change(ComplaintGrade.IMPORTANT, firing(GradeReason.LAWSUIT_FILED));
        assertThat(manual.from()).isEqualTo(ComplaintGrade.MAJOR);
        assertThat(manual.reasons()).containsExactly(GradeReason.MANUAL);

        assertThat(record.apply(firing(GradeReason.LAWSUIT_FILED))).isEmpty();
        assertThat(record.grade()).isEqualTo(ComplaintGrade.IMPORTANT);
        assertThat(record.apply(firing(GradeReason.LAWSUIT_FILED, GradeReason.MEDIA_EXPOSED)))
                .map(GradeRecord.Change::to).contains(ComplaintGrade.MAJOR);
        assertThat(record.reasons()).containsExactly(GradeReason.MEDIA_EXPOSED);
    }
}
