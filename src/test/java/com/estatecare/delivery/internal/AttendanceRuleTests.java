package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;

/** Who may be recorded as attending an open day: a confirmed owner, once the day has begun. */
class AttendanceRuleTests {

    static final Instant STARTS = Instant.parse("2026-12-05T01:00:00Z");

    @Test
    void aConfirmedOwnerIsRecordedFromTheStartOn() {
        assertThatCode(() -> AttendanceRule.check("CONFIRMED", STARTS, STARTS)).doesNotThrowAnyException();
        assertThatCode(() -> AttendanceRule.check("CONFIRMED", STARTS, STARTS.plusSeconds(86_400)))
                .doesNotThrowAnyException();
    }

    @Test
    void nobodyIsRecordedBeforeTheDayBegins() {
        assertThatThrownBy(() -> AttendanceRule.check("CONFIRMED", STARTS, STARTS.minusSeconds(1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("open-day-not-started");
    }

    @Test
    void anOwnerWaitingOrCancelledHadNoPlaceAndIsNotRecorded() {
        for (String status : new String[] { "WAITING", "CANCELLED" }) {
            assertThatThrownBy(() -> AttendanceRule.check(status, STARTS, STARTS.plusSeconds(60)))
                    .isInstanceOf(DomainException.class).hasMessageContaining("sign-up-not-confirmed");
        }
    }
}
