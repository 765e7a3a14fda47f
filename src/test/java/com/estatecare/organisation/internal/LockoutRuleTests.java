package com.estatecare.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Counting failed sign-ins for one account or address. */
class LockoutRuleTests {

    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    private final LockoutRule rule = new LockoutRule(3, Duration.ofMinutes(15), Duration.ofMinutes(10));

    @Test
    void theLastAllowedFailureLocksForTheLockoutTime() {
        LockoutRule.State state = fail(null, T0, T0.plusSeconds(60), T0.plusSeconds(120));
        assertThat(state.failures()).isEqualTo(3);
        assertThat(rule.lockedUntil(state, T0.plusSeconds(121))).contains(T0.plusSeconds(120 + 600));
        assertThat(rule.lockedUntil(state, T0.plusSeconds(120 + 600))).isEmpty();
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLock() {
        LockoutRule.State state = fail(null, T0, T0.plusSeconds(60));
        assertThat(rule.lockedUntil(state, T0.plusSeconds(61))).isEmpty();
        assertThat(rule.lockedUntil(null, T0)).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        LockoutRule.State state = fail(null, T0, T0.plusSeconds(60));
        state = fail(state, T0.plus(Duration.ofMinutes(15)));
        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.windowStart()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(state.lockedUntil()).isNull();
    }

    @Test
    void afterTheLockTheCountStartsAgain() {
        LockoutRule.State locked = fail(null, T0, T0, T0);
        LockoutRule.State next = rule.afterFailure(locked, T0.plus(Duration.ofMinutes(10)));
        assertThat(next.failures()).isEqualTo(1);
        assertThat(rule.lockedUntil(next, T0.plus(Duration.ofMinutes(10)))).isEmpty();
    }

    @Test
    void ruleWithoutFailuresOrTimesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutRule(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutRule(1, Duration.ZERO, Duration.ofMinutes(1)));
    }

    private LockoutRule.State fail(LockoutRule.State state, Instant... times) {
        for (Instant time : times) {
            state = rule.afterFailure(state, time);
        }
        return state;
    }
}
