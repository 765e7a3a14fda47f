package com.estatecare.timelimits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.requests.Action;
import com.estatecare.requests.Channel;
import com.estatecare.requests.RequestKind;
import com.estatecare.timelimits.TimeLimitPolicy;
import com.estatecare.timelimits.TimeLimitPolicy.Limit;

/** Each time limit of SPEC §5 as the defaults state it: whom it binds, what starts and stops it, how long. */
class DefaultLimitsTests {

    private static final Instant RECEIVED = Instant.parse("2026-12-03T02:00:00Z");

    static Limit limit(String key) {
        return TimeLimitPolicy.defaults().limits().stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow();
    }

    /** Where the clock of a request of this kind would stand when {@code step} comes {@code after} its start. */
    private static TimeLimitClock clockOf(Limit limit, Action step, Duration after) {
        TimeLimitClock clock = TimeLimitClock.start(1, 42, limit, 1, RECEIVED, ClockTime.CALENDAR);
        clock.stop(Trigger.step(step), RECEIVED.plus(after));
        return clock;
    }

    @Test
    void departmentRequestMustReachTheCentreWithinAnHour() {
        Limit limit = limit("DEPARTMENT_HANDOVER");
        assertThat(LimitScope.appliesTo(limit, RequestKind.CONSULTATION, false, Channel.DEPARTMENT)).isTrue();
        assertThat(ClockStart.atRegistration(limit, RECEIVED, RECEIVED.minusSeconds(600)))
                .contains(RECEIVED.minusSeconds(600));
        TimeLimitClock clock = TimeLimitClock.start(1, 42, limit, 1, RECEIVED, ClockTime.CALENDAR);
        assertThat(clock.stop(Trigger.REGISTERED, RECEIVED.plus(Duration.ofMinutes(61))))
                .contains(TimeLimitClock.Stop.BREACHED);
    }

    @Test
    void complaintMustReachItsHandlerWithinOneWorkingHour() {
        Limit limit = limit("COMPLAINT_DISPATCH");
        assertThat(limit.workingTime()).isTrue();
        assertThat(limit.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(clockOf(limit, Action.DISPATCH, Duration.ofMinutes(59)).status())
                .isEqualTo(com.estatecare.timelimits.ClockStatus.MET);
    }

    @Test
    void consultationMustBeAnsweredWithinADay() {
        Limit limit = limit("CONSULTATION_ANSWER");
        assertThat(LimitScope.appliesTo(limit, RequestKind.CONSULTATION, false, Channel.PHONE)).isTrue();
        assertThat(clockOf(limit, Action.ANSWER, Duration.ofHours(25)).breachedAt()).isNotNull();
    }

    @Test
    void complaintMustBeInvestigatedWithinADay() {
        Limit limit = limit("COMPLAINT_INVESTIGATION");
        assertThat(clockOf(limit, Action.INVESTIGATE, Duration.ofHours(23)).breachedAt()).isNull();
        assertThat(clockOf(limit, Action.INVESTIGATE, Duration.ofHours(25)).breachedAt()).isNotNull();
    }

    @Test
    void complainantHearsBackWithinTwoDaysByProgressPlanOrAnswer() {
        Limit limit = limit("COMPLAINT_FEEDBACK");
        for (Action feedback : new Action[] { Action.NOTIFY_PROGRESS, Action.AGREE_PLAN, Action.ANSWER }) {
            assertThat(clockOf(limit, feedback, Duration.ofHours(47)).stoppedAt()).as(feedback.name()).isNotNull();
        }
        assertThat(clockOf(limit, Action.DISPATCH, Duration.ofHours(1)).stoppedAt()).isNull();
        assertThat(limit.duration()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void emergencyRepairMustBeOnSiteWithinTwoHours() {
        Limit limit = limit("EMERGENCY_REPAIR_ON_SITE");
        assertThat(LimitScope.appliesTo(limit, RequestKind.REPAIR, true, Channel.PHONE)).isTrue();
        assertThat(clockOf(limit, Action.RESPOND, Duration.ofMinutes(121)).breachedAt()).isNotNull();
        assertThat(clockOf(limit, Action.RESPOND, Duration.ofMinutes(119)).breachedAt()).isNull();
    }

    @Test
    void otherRepairMustBeContactedWithinOneWorkingDay() {
        Limit limit = limit("REPAIR_CONTACT");
        assertThat(LimitScope.appliesTo(limit, RequestKind.REPAIR, false, Channel.PHONE)).isTrue();
        assertThat(limit.workingTime()).isTrue();
        assertThat(limit.duration()).as("one working day of 9 working hours").isEqualTo(Duration.ofHours(9));
    }

    @Test
    void completedRepairMustBeRevisitedWithinSevenDays() {
        Limit limit = limit("REPAIR_REVISIT");
        assertThat(ClockStart.atStep(limit, Action.COMPLETE, RECEIVED)).contains(RECEIVED);
        assertThat(clockOf(limit, Action.REVISIT, Duration.ofDays(8)).breachedAt()).isNotNull();
    }

    @Test
    void everyDefaultBreachNotifiesAndEscalates() {
        assertThat(TimeLimitPolicy.defaults().limits()).allSatisfy(
                l -> assertThat(l.onBreach()).isEqualTo(TimeLimitPolicy.OnBreach.NOTIFY_AND_ESCALATE));
    }
}
