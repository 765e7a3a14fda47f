package com.estatecare.grading.internal;

import static com.estatecare.grading.internal.AComplaint.RECEIVED;
import static com.estatecare.grading.internal.AComplaint.aComplaint;
import static com.estatecare.grading.internal.AComplaint.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
