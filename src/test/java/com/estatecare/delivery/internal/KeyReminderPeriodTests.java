package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Which reminder period a day falls in, counted from the appointment day in the policy's days. */
class KeyReminderPeriodTests {

    private static final LocalDate APPOINTED = LocalDate.of(2026, 12, 1);

    @Test
    void theFirstWeekAfterTheAppointmentIsOnePeriodAndTheEighthDayStartsTheNext() {
        assertThat(KeyReminders.KeyReminderPeriod.of(APPOINTED, APPOINTED, 7)).isZero();
        assertThat(KeyReminders.KeyReminderPeriod.of(APPOINTED, APPOINTED.plusDays(6), 7)).isZero();
        assertThat(KeyReminders.KeyReminderPeriod.of(APPOINTED, APPOINTED.plusDays(7), 7)).isEqualTo(1);
        assertThat(KeyReminders.KeyReminderPeriod.of(APPOINTED, APPOINTED.plusDays(30), 7)).isEqualTo(4);
    }
}
