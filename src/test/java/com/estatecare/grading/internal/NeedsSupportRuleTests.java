package com.estatecare.grading.internal;

import static com.estatecare.grading.internal.AComplaint.RECEIVED;
import static com.estatecare.grading.internal.AComplaint.aComplaint;
import static com.estatecare.grading.internal.AComplaint.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeReason;

class NeedsSupportRuleTests {

    private final NeedsSupportRule rule = new NeedsSupportRule();

    @Test
    void complaintNeedingAConsultantOrAnotherCompanyIsImportant() {
        GradeDecision decision = rule.decide(aComplaint().needingSupport().build(), policy(), RECEIVED).orElseThrow();
        assertThat(decision.reason()).isEqualTo(GradeReason.NEEDS_SUPPORT);
        assertThat(decision.grade()).isEqualTo(ComplaintGrade.IMPORTANT);
        assertThat(rule.decide(aComplaint().build(), policy(), RECEIVED)).isEmpty();
    }
}
