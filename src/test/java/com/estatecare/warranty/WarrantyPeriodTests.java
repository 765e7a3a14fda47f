package com.estatecare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/** A warranty runs from the handover day; its last day is in, the day after is out. */
class WarrantyPeriodTests {

    private static final LocalDate HANDED_OVER = LocalDate.of(2024, 6, 30);
    private static final Period MONTH = Period.ofMonths(1);

    @Test
    void theLastDayOfWarrantyIsInAndTheDayAfterIsOut() {
        WarrantyPeriod twoYears = new WarrantyPeriod(24);

        assertThat(twoYears.lastDay(HANDED_OVER)).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThat(twoYears.covers(HANDED_OVER, LocalDate.of(2026, 6, 29))).isTrue();
        assertThat(twoYears.covers(HANDED_OVER, LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(twoYears.covers(HANDED_OVER, HANDED_OVER)).isTrue();
        assertThat(twoYears.covers(HANDED_OVER, HANDED_OVER.minusDays(1))).isFalse();
    }

    @Test
    void aWarrantyEndsSoonFromTheReminderWindowBeforeItsLastDay() {
        WarrantyPeriod sixMonths = new WarrantyPeriod(6); // last day 2024-12-29

        assertThat(sixMonths.state(HANDED_OVER, LocalDate.of(2024, 11, 28), MONTH)).isEqualTo(WarrantyState.IN_WARRANTY);
        assertThat(sixMonths.state(HANDED_OVER, LocalDate.of(2024, 11, 29), MONTH)).isEqualTo(WarrantyState.ENDING_SOON);
        assertThat(sixMonths.state(HANDED_OVER, LocalDate.of(2024, 12, 29), MONTH)).isEqualTo(WarrantyState.ENDING_SOON);
        assertThat(sixMonths.state(HANDED_OVER, LocalDate.of(2024, 12, 30), MONTH)).isEqualTo(WarrantyState.ENDED);
    }

    @Test
    void nothingRunsBeforeTheUnitIsHandedOver() {
        assertThat(new WarrantyPeriod(60).state(null, LocalDate.of(2026, 1, 1), MONTH))
                .isEqualTo(WarrantyState.NOT_HANDED_OVER);
    }

    @Test
    void aWarrantyFromTheEndOfAMonthEndsTheDayBeforeTheSameDateOrTheMonthsLastDay() {
        assertThat(new WarrantyPeriod(1).lastDay(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(new WarrantyPeriod(12).lastDay(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 27));
    }
}
