package com.estatecare.warranty;

import java.time.LocalDate;
import java.time.Period;

/**
 * 保修期 — a component's period in months from the day the unit is handed over. The last day in warranty is
 * the day before the same date {@code months} later: handed over on 30 June 2024 with 24 months, the repair of
 * 29 June 2026 is free and that of 30 June 2026 is not.
 */
public record WarrantyPeriod(int months) {

    /** The longest period a certificate may state: 100 years, past any design service life. */
    public static final int MAX_MONTHS = 1200;

    public LocalDate lastDay(LocalDate handedOverOn) {
        return handedOverOn.plusMonths(months).minusDays(1);
    }

    public boolean covers(LocalDate handedOverOn, LocalDate day) {
        return !day.isBefore(handedOverOn) && !day.isAfter(lastDay(handedOverOn));
    }

    /** The state on {@code today}, ending soon from {@code remindBefore} ahead of the last day. */
    public WarrantyState state(LocalDate handedOverOn, LocalDate today, Period remindBefore) {
        if (handedOverOn == null) {
            return WarrantyState.NOT_HANDED_OVER;
        }
        LocalDate last = lastDay(handedOverOn);
        if (today.isAfter(last)) {
            return WarrantyState.ENDED;
        }
        return today.isBefore(last.minus(remindBefore)) ? WarrantyState.IN_WARRANTY : WarrantyState.ENDING_SOON;
    }
}
