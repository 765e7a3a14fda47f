package com.estatecare.warranty;

import java.time.Period;

/**
 * When owners are reminded (温馨提示) that a component's warranty ends: {@code monthsBefore} its last day
 * (SPEC §8: one month), which is also when the component shows as ending soon.
 */
public record ReminderPolicy(int monthsBefore) {

    public static ReminderPolicy defaults() {
        return new ReminderPolicy(1);
    }

    public Period remindBefore() {
        return Period.ofMonths(monthsBefore);
    }
}
