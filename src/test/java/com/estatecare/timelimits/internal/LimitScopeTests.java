package com.estatecare.timelimits.internal;

import static com.estatecare.timelimits.internal.DefaultLimitsTests.limit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.timelimits.TimeLimitPolicy;

import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.RequestKind;

class LimitScopeTests {

    @Test
    void limitAppliesOnlyToTheKindsItNames() {
        assertThat(LimitScope.appliesTo(limit("COMPLAINT_DISPATCH"), RequestKind.COMPLAINT, false, Channel.PHONE))
                .isTrue();
        assertThat(LimitScope.appliesTo(limit("COMPLAINT_DISPATCH"), RequestKind.REPAIR, false, Channel.PHONE))
                .isFalse();
    }

    @Test
    void limitNamingAnEmergencyFlagAppliesOnlyToRequestsWithIt() {
        assertThat(LimitScope.appliesTo(limit("EMERGENCY_REPAIR_ON_SITE"), RequestKind.REPAIR, true, Channel.PHONE))
                .isTrue();
        assertThat(LimitScope.appliesTo(limit("EMERGENCY_REPAIR_ON_SITE"), RequestKind.REPAIR, false, Channel.PHONE))
                .isFalse();
        assertThat(LimitScope.appliesTo(limit("REPAIR_CONTACT"), RequestKind.REPAIR, true, Channel.PHONE)).isFalse();
    }

    @Test
    void limitNamingAChannelAppliesOnlyToRequestsThatCameThroughIt() {
        assertThat(LimitScope.appliesTo(limit("DEPARTMENT_HANDOVER"), RequestKind.REPAIR, false, Channel.DEPARTMENT))
                .isTrue();
        assertThat(LimitScope.appliesTo(limit("DEPARTMENT_HANDOVER"), RequestKind.REPAIR, false, Channel.PHONE))
                .isFalse();
    }

    @Test
    void aCheckOutRequestKeepsItsOwnLimitsInsteadOfAConsultationsAnswer() {
        var limits = TimeLimitPolicy.defaults().limits();

        var checkOut = LimitScope.applying(limits, RequestKind.CONSULTATION, Category.CHECK_OUT, false, Channel.WALK_IN);
        var consultation = LimitScope.applying(limits, RequestKind.CONSULTATION, null, false, Channel.WALK_IN);

        assertThat(checkOut).extracting(TimeLimitPolicy.Limit::key)
                .containsExactly("CHECK_OUT_RESPONSE", "CHECK_OUT_ANSWER");
        assertThat(consultation).extracting(TimeLimitPolicy.Limit::key).containsExactly("CONSULTATION_ANSWER");
    }

    @Test
    void aLimitNamingCategoriesLeavesRequestsOfOtherCategoriesAlone() {
        var limits = TimeLimitPolicy.defaults().limits();

        var other = LimitScope.applying(limits, RequestKind.CONSULTATION, Category.OTHER, false, Channel.PHONE);

        assertThat(other).extracting(TimeLimitPolicy.Limit::key).containsExactly("CONSULTATION_ANSWER");
    }
}
