package com.estatecare.timelimits.internal;

import static com.estatecare.timelimits.internal.DefaultLimitsTests.limit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.requests.Action;
import com.estatecare.timelimits.ClockStatus;

/** The clock of 投诉处理: 24 hours to investigate, warned after 20 (COMPLAINT_INVESTIGATION). */
class TimeLimitClockTests {

    private static final Instant START = Instant.parse("2026-12-03T02:00:00Z");
    private static final Trigger INVESTIGATED = Trigger.step(Action.INVESTIGATE);

    private static TimeLimitClock started() {
        return TimeLimitClock.start(1, 42, limit("COMPLAINT_INVESTIGATION"), 3, START, ClockTime.CALENDAR);
    }

    private static Instant hours(double hours) {
        return START.plus(Duration.ofMinutes((long) (hours * 60)));
    }

    @Test
    void clockWarnsOnceAtItsWarningPoint() {
        TimeLimitClock clock = started();
        assertThat(clock.nextCheckAt()).isEqualTo(hours(20));
        assertThat(clock.check(hours(19.9))).isEmpty();
        assertThat(clock.check(hours(20))).contains(TimeLimitClock.Alarm.WARNED);
        assertThat(clock.status()).isEqualTo(ClockStatus.WARNING);
        assertThat(clock.check(hours(21))).as("warned once").isEmpty();
        assertThat(clock.nextCheckAt()).isEqualTo(hours(24));
    }

    @Test
    void clockBreachesOnceAtItsDueTime() {
        TimeLimitClock clock = started();
        assertThat(clock.check(hours(24))).contains(TimeLimitClock.Alarm.BREACHED);
        assertThat(clock.status()).isEqualTo(ClockStatus.BREACHED);
        assertThat(clock.check(hours(30))).as("breached once").isEmpty();
        assertThat(clock.nextCheckAt()).isNull();
    }

    @Test
    void stepItWaitsForInTimeMeetsTheClock() {
        TimeLimitClock clock = started();
        assertThat(clock.stop(INVESTIGATED, hours(23))).contains(TimeLimitClock.Stop.MET);
        assertThat(clock.status()).isEqualTo(ClockStatus.MET);
        assertThat(clock.check(hours(25))).as("a met clock fires nothing").isEmpty();
    }

    @Test
    void stepItWaitsForTooLateBreachesTheClockAtOnce() {
        TimeLimitClock clock = started();
        assertThat(clock.stop(INVESTIGATED, hours(25))).contains(TimeLimitClock.Stop.BREACHED);
        assertThat(clock.status()).isEqualTo(ClockStatus.BREACHED);
        assertThat(clock.breachedAt()).isEqualTo(hours(25));
    }

    @Test
    void stepAfterTheSweepFoundTheBreachStopsItWithoutASecondBreach() {
        TimeLimitClock clock = started();
        clock.check(hours(24));
        assertThat(clock.stop(INVESTIGATED, hours(26))).contains(TimeLimitClock.Stop.ALREADY_BREACHED);
        assertThat(clock.status()).isEqualTo(ClockStatus.BREACHED);
        assertThat(clock.stoppedAt()).isEqualTo(hours(26));
    }

    @Test
    void otherStepsDoNotStopTheClock() {
        TimeLimitClock clock = started();
        assertThat(clock.stop(Trigger.step(Action.DISPATCH), hours(1))).isEmpty();
        assertThat(clock.status()).isEqualTo(ClockStatus.RUNNING);
    }

    @Test
    void pausedClockKeepsTheTimeLeftAndResumesWithIt() {
        TimeLimitClock clock = started();
        assertThat(clock.pause(hours(10), ClockTime.CALENDAR)).isTrue();
        assertThat(clock.status()).isEqualTo(ClockStatus.PAUSED);
        assertThat(clock.remainingAt(hours(40), ClockTime.CALENDAR)).isEqualTo(Duration.ofHours(14));
        assertThat(clock.check(hours(40))).as("a paused clock does not breach").isEmpty();
        assertThat(clock.nextCheckAt()).isNull();

        assertThat(clock.resume(hours(50), ClockTime.CALENDAR)).isTrue();
        assertThat(clock.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(clock.dueAt()).isEqualTo(hours(64));
        assertThat(clock.warnAt()).isEqualTo(hours(60));
    }

    @Test
    void stepWhilePausedIsMeasuredAgainstTheTimeLeft() {
        TimeLimitClock clock = started();
        clock.pause(hours(10), ClockTime.CALENDAR);
        assertThat(clock.stop(INVESTIGATED, hours(30))).contains(TimeLimitClock.Stop.MET);
    }

    @Test
    void resumedClockAlreadyWarnedDoesNotWarnAgain() {
        TimeLimitClock clock = started();
        clock.check(hours(21));
        clock.pause(hours(22), ClockTime.CALENDAR);
        clock.resume(hours(30), ClockTime.CALENDAR);
        assertThat(clock.status()).isEqualTo(ClockStatus.WARNING);
        assertThat(clock.nextCheckAt()).isEqualTo(hours(32));
        assertThat(clock.check(hours(31))).isEmpty();
        assertThat(clock.check(hours(32))).contains(TimeLimitClock.Alarm.BREACHED);
    }

    @Test
    void breachedClockIsNotPausedSoItCannotBreachTwice() {
        TimeLimitClock clock = started();
        clock.check(hours(24));
        assertThat(clock.pause(hours(25), ClockTime.CALENDAR)).isFalse();
        assertThat(clock.resume(hours(26), ClockTime.CALENDAR)).isFalse();
        assertThat(clock.status()).isEqualTo(ClockStatus.BREACHED);
    }

    @Test
    void cancelledRequestsClockFiresNothing() {
        TimeLimitClock clock = started();
        assertThat(clock.cancel(hours(1))).isTrue();
        assertThat(clock.status()).isEqualTo(ClockStatus.CANCELLED);
        assertThat(clock.check(hours(30))).isEmpty();
        assertThat(clock.stop(INVESTIGATED, hours(30))).isEmpty();
    }

    @Test
    void readerSeesAWarningOrBreachBeforeTheSweepWritesIt() {
        TimeLimitClock clock = started();
        assertThat(clock.statusAt(hours(21))).isEqualTo(ClockStatus.WARNING);
        assertThat(clock.statusAt(hours(24))).isEqualTo(ClockStatus.BREACHED);
        assertThat(clock.remainingAt(hours(21), ClockTime.CALENDAR)).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void workingTimeClockCountsOnTheCalendarItIsGiven() {
        ClockTime doubleSpeed = new ClockTime() {
            @Override
            public Instant plus(Instant start, Duration amount) {
                return start.plus(amount.multipliedBy(2));
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return Duration.between(from, to).dividedBy(2);
            }
        };
        TimeLimitClock clock = TimeLimitClock.start(1, 42, limit("COMPLAINT_DISPATCH"), 3, START, doubleSpeed);
        assertThat(clock.warnAt()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        assertThat(clock.dueAt()).isEqualTo(START.plus(Duration.ofHours(2)));
    }
}
