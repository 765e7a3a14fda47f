package com.estatecare.timelimits.internal;

import static com.estatecare.timelimits.internal.DefaultLimitsTests.limit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
