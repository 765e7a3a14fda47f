package com.estatecare.timelimits.internal;

import static com.estatecare.timelimits.internal.DefaultLimitsTests.limit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.requests.Action;

class ClockStartTests {

    private static final Instant RECEIVED = Instant.parse("2026-12-03T02:00:00Z");
    private static final Instant BY_DEPARTMENT = Instant.parse("2026-12-03T01:10:00Z");

    @Test
    void clockStartsWhenTheRequestWasReceived() {
        assertThat(ClockStart.atRegistration(limit("COMPLAINT_DISPATCH"), RECEIVED, null)).contains(RECEIVED);
    }

    @Test
    void handoverClockStartsWhenTheDepartmentReceivedTheRequest() {
        assertThat(ClockStart.atRegistration(limit("DEPARTMENT_HANDOVER"), RECEIVED, BY_DEPARTMENT))
                .contains(BY_DEPARTMENT);
        assertThat(ClockStart.atRegistration(limit("DEPARTMENT_HANDOVER"), RECEIVED, null)).isEmpty();
    }

    @Test
    void clockOfAStepStartsAtThatStepAndNotAtRegistration() {
        Instant completed = RECEIVED.plusSeconds(86_400);
        assertThat(ClockStart.atStep(limit("REPAIR_REVISIT"), Action.COMPLETE, completed)).contains(completed);
        assertThat(ClockStart.atStep(limit("REPAIR_REVISIT"), Action.RESPOND, completed)).isEmpty();
        assertThat(ClockStart.atRegistration(limit("REPAIR_REVISIT"), RECEIVED, null)).isEmpty();
        assertThat(ClockStart.atStep(limit("COMPLAINT_DISPATCH"), Action.COMPLETE, completed)).isEmpty();
    }
}
