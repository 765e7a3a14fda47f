package com.estatecare.club.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

/**
 * 会员关怀: when a member is greeted. On their birthday (a 29 February birthday on 28 February in other years), if
 * the policy greets birthdays; and on the first day of a holiday the policy names (a day the business calendar marks
 * as that holiday, whose day before is not marked so).
 */
final class GreetingRule {

    private GreetingRule() {
    }

    static boolean birthday(GreetingPolicy policy, LocalDate birthday, LocalDate today) {
        if (!policy.birthdays() || birthday == null) {
            return false;
        }
        MonthDay day = MonthDay.from(birthday);
        if (day.equals(MonthDay.of(2, 29)) && !today.isLeapYear()) {
            day = MonthDay.of(2, 28);
        }
        return day.equals(MonthDay.from(today));
    }

    /** The holiday whose first day is today, if the policy greets it; {@code holidays} are the marked days' names. */
    static Optional<String> holiday(GreetingPolicy policy, Map<LocalDate, String> holidays, LocalDate today) {
        String name = holidays.get(today);
        if (name == null || name.equals(holidays.get(today.minusDays(1))) || policy.holidays() == null
                || !policy.holidays().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
