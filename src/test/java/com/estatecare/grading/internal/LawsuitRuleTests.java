package com.estatecare.grading.internal;

import static com.estatecare.grading.internal.AComplaint.RECEIVED;
import static com.estatecare.grading.internal.AComplaint.aComplaint;
import static com.estatecare.grading.internal.AComplaint.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeReason;
import com.estatecare.requests.Lawsuit;

class LawsuitRuleTests {

    private final LawsuitRule rule = new LawsuitRule();

    @Test
    void lawsuitFiledMakesAComplaintMajor() {
        GradeDecision decision = rule.decide(aComplaint().lawsuit(Lawsuit.FILED).build(), policy(), RECEIVED)
                .orElseThrow();
        assertThat(decision.reason()).isEqualTo(GradeReason.LAWSUIT_FILED);
        assertThat(decision.grade()).isEqualTo(ComplaintGrade.MAJOR);
        assertThat(decision.policyVersion()).isEqualTo(4);
    }

    @Test
    void likelyLawsuitMakesAComplaintAHotspot() {
        assertThat(rule.decide(aComplaint().lawsuit(Lawsuit.LIKELY).build(), policy(), RECEIVED))
                .map(GradeDecision::reason).contains(GradeReason.LAWSUIT_LIKELY);
    }

    @Test
    void noLawsuitDecidesNothing() {
        assertThat(rule.decide(aComplaint().build(), policy(), RECEIVED)).isEmpty();
    }
}
