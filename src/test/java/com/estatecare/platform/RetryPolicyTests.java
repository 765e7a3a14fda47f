package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Work that failed (a message not sent, a file not fetched) waits twice as long after each failure, up to a cap, then gives up. */
class RetryPolicyTests {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void backoffDoublesAfterEachFailureUpToItsCap() {
        assertThat(policy.nextAttempt(1, NOW)).isEqualTo(NOW.plusSeconds(30));
        assertThat(policy.nextAttempt(2, NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(policy.nextAttempt(3, NOW)).isEqualTo(NOW.plusSeconds(120));
        assertThat(policy.nextAttempt(4, NOW)).isEqualTo(NOW.plusSeconds(240));
        assertThat(policy.nextAttempt(5, NOW)).isEqualTo(NOW.plusSeconds(300));
        assertThat(policy.nextAttempt(500, NOW)).as("no overflow however many").isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void backoffGivesUpAfterItsAttempts() {
        assertThat(policy.exhausted(5)).isFalse();
        assertThat(policy.exhausted(6)).isTrue();
        assertThat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).exhausted(1)).isTrue();
    }

    @Test
    void backoffPolicyThatCannotWorkIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }
}
