package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MicrosecondClockTests {

    @Test
    void timeIsTruncatedToTheMicrosecondThatTheDatabaseKeeps() {
        Clock clock = new MicrosecondClock(Clock.fixed(Instant.parse("2026-11-24T02:00:00.123456789Z"), ZoneOffset.UTC));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-24T02:00:00.123456Z"));
        assertThat(clock.millis()).isEqualTo(Instant.parse("2026-11-24T02:00:00.123Z").toEpochMilli());
    }

    @Test
    void aMomentThatRoundsUpIsTruncatedNotRounded() {
        Clock clock = new MicrosecondClock(Clock.fixed(Instant.parse("2026-11-24T02:00:00.000000999Z"), ZoneOffset.UTC));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
    }

    @Test
    void anotherZoneKeepsTheTruncation() {
        Clock clock = new MicrosecondClock(Clock.fixed(Instant.parse("2026-11-24T02:00:00.000000500Z"), ZoneOffset.UTC))
                .withZone(ZoneId.of("Asia/Shanghai"));

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
    }
}
