package com.estatecare.grading.internal;

import static com.estatecare.grading.internal.AComplaint.RECEIVED;
import static com.estatecare.grading.internal.AComplaint.aComplaint;
import static com.estatecare.grading.internal.AComplaint.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.grading.ComplaintGraded;
import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;

class CollectiveComplaintRuleTests {

    private final CollectiveComplaintRule rule = new CollectiveComplaintRule();

    @Test
    void fiveComplainantsMakeACollectiveComplaintMajor() {
        assertThat(rule.decide(aComplaint().ofPeople(5).build(), policy(), RECEIVED)).map(GradeDecision::reason)
                .contains(GradeReason.COLLECTIVE_MAJOR);
    }

    @Test
    void threeComplainantsMakeACollectiveComplaintAHotspot() {
        assertThat(rule.decide(aComplaint().ofPeople(3).build(), policy(), RECEIVED)).map(GradeDecision::reason)
                .contains(GradeReason.COLLECTIVE_HOTSPOT);
        assertThat(rule.decide(aComplaint().ofPeople(4).build(), policy(), RECEIVED)).map(GradeDecision::reason)
                .contains(GradeReason.COLLECTIVE_HOTSPOT);
    }

    @Test
    void aGradeByTheCollectiveRulesOrByManyDifferentComplainantsIsCollective() {
        assertThat(graded("COLLECTIVE_HOTSPOT").collective()).isTrue();
        assertThat(graded("COLLECTIVE_MAJOR").collective()).isTrue();
        assertThat(graded("HOTSPOT_DIFFERENT_COMPLAINANTS").collective()).isTrue();
        assertThat(graded("LAWSUIT_FILED", "MEDIA_LIKELY").collective()).isFalse();
        assertThat(graded("NO_SUCH_RULE").collective()).isFalse();
    }

    private static ComplaintGraded graded(String... reasons) {
        return new ComplaintGraded(1, 1, "T-1", null, 2, List.of(reasons), 1, RECEIVED, null, "投诉分级规则", null);
    }

    @Test
    void twoComplainantsAreNotACollectiveComplaint() {
        assertThat(rule.decide(aComplaint().ofPeople(2).build(), policy(), RECEIVED)).isEmpty();
    }

    @Test
    void thresholdsComeFromThePolicy() {
        var lowered = policy(new GradingPolicy(4, 2, 3, 30, 30, 7));
        assertThat(rule.decide(aComplaint().ofPeople(2).build(), lowered, RECEIVED)).map(GradeDecision::reason)
                .contains(GradeReason.COLLECTIVE_HOTSPOT);
        assertThat(rule.decide(aComplaint().ofPeople(4).build(), lowered, RECEIVED)).map(GradeDecision::reason)
                .contains(GradeReason.COLLECTIVE_MAJOR);
    }
}
