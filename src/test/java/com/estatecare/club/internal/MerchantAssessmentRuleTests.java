package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 联盟商家评估: the grade and sign of a year come from the policy's thresholds, never from constants. */
class MerchantAssessmentRuleTests {

    private final MerchantPolicy defaults = MerchantPolicy.defaults();

    @Test
    void aMerchantWithAHighAverageAndNoComplaintIsGoldAndGetsTheGoldSign() {
        var decision = MerchantAssessmentRule.assess(defaults, 10, 47, 0);

        assertThat(decision.grade().code()).isEqualTo("GOLD");
        assertThat(decision.grade().signZh()).isEqualTo("金牌联盟商家");
        assertThat(decision.average()).isEqualTo(4.7);
        assertThat(decision.reason()).isEqualTo(MerchantAssessmentRule.Reason.MERCHANT_GRADE_REACHED);
    }

    @Test
    void complaintsBeyondWhatAGradeAllowsLowerTheGrade() {
        assertThat(MerchantAssessmentRule.assess(defaults, 10, 47, 1).grade().code()).isEqualTo("SILVER");
        assertThat(MerchantAssessmentRule.assess(defaults, 10, 47, 3).grade().code()).isEqualTo("QUALIFIED");
        assertThat(MerchantAssessmentRule.assess(defaults, 10, 47, 3).grade().signZh()).as("合格 has no plaque")
                .isNull();
        var none = MerchantAssessmentRule.assess(defaults, 10, 47, 6);
        assertThat(none.grade()).isNull();
        assertThat(none.reason()).isEqualTo(MerchantAssessmentRule.Reason.MERCHANT_NO_GRADE_REACHED);
    }

    @Test
    void aLowAverageReachesNoGrade() {
        var decision = MerchantAssessmentRule.assess(defaults, 10, 25, 0);

        assertThat(decision.grade()).isNull();
        assertThat(decision.average()).isEqualTo(2.5);
        assertThat(decision.reason()).isEqualTo(MerchantAssessmentRule.Reason.MERCHANT_NO_GRADE_REACHED);
    }

    @Test
    void tooFewRatingsAreNotGradedButTheirAverageIsShown() {
        var decision = MerchantAssessmentRule.assess(defaults, 4, 20, 0);

        assertThat(decision.grade()).isNull();
        assertThat(decision.average()).isEqualTo(5.0);
        assertThat(decision.reason()).isEqualTo(MerchantAssessmentRule.Reason.MERCHANT_TOO_FEW_RATINGS);
        assertThat(MerchantAssessmentRule.assess(defaults, 0, 0, 0).average()).isNull();
    }

    @Test
    void theThresholdsAreThePolicysAnAdministratorChangesThem() {
        MerchantPolicy strict = new MerchantPolicy(2, List.of(
                new MerchantPolicy.Grade("STAR", "星级", "Star", "星级商家", "Star merchant", 4.9, 0),
                new MerchantPolicy.Grade("OK", "合格", "Fine", null, null, 4.0, 10)));

        assertThat(MerchantAssessmentRule.assess(strict, 2, 9, 0).grade().code()).as("4.5 is below 4.9").isEqualTo("OK");
        assertThat(MerchantAssessmentRule.assess(strict, 2, 10, 0).grade().code()).isEqualTo("STAR");
        assertThat(MerchantAssessmentRule.assess(strict, 2, 10, 0).grade().signEn()).isEqualTo("Star merchant");
        assertThat(MerchantAssessmentRule.assess(defaults, 2, 10, 0).reason()).as("the defaults want five")
                .isEqualTo(MerchantAssessmentRule.Reason.MERCHANT_TOO_FEW_RATINGS);
    }

    @Test
    void anAssessmentPolicyThatCannotWorkIsRefusedFieldByField() {
        MerchantPolicy broken = new MerchantPolicy(0, List.of(
                new MerchantPolicy.Grade("gold", "", "Gold", "金牌", null, 3.0, -1),
                new MerchantPolicy.Grade("GOLD", "优秀", "Excellent", null, null, 4.5, 0),
                new MerchantPolicy.Grade("LOW", "低", "Low", null, null, 7, 0)));

        assertThat(MerchantPolicyDefinition.problems(broken)).extracting(p -> p.field()).containsExactlyInAnyOrder(
                "minRatings", "grades[0].code", "grades[0].nameZh", "grades[0].signEn", "grades[0].maxComplaints",
                "grades[1].minAverage", "grades[2].minAverage");
        assertThat(MerchantPolicyDefinition.problems(defaults)).isEmpty();
        assertThat(MerchantPolicyDefinition.problems(new MerchantPolicy(5, List.of()))).extracting(p -> p.field())
                .containsExactly("grades");
    }
}
