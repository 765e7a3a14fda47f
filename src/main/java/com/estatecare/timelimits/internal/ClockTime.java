package com.estatecare.timelimits.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.estatecare.calendar.BusinessCalendar;

/** The time a clock counts: calendar time, or a company's working time on the business calendar. */
public interface ClockTime {

    ClockTime CALENDAR = new ClockTime() {
        @Override
        public Instant plus(Instant start, Duration amount) {
            return start.plus(amount);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return Duration.between(from, to);
        }
    };

    Instant plus(Instant start, Duration amount);

    Duration between(Instant from, Instant to);

    /** Several points after one start, each {@code amount} later. */
    default List<Instant> plusEach(Instant start, Duration... amounts) {
        return Arrays.stream(amounts).map(amount -> plus(start, amount)).toList();
    }

    static ClockTime working(BusinessCalendar calendar, long companyId) {
        return new ClockTime() {
            @Override
            public Instant plus(Instant start, Duration amount) {
                return calendar.addWorkingTime(companyId, start, amount);
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return calendar.workingTimeBetween(companyId, from, to);
            }

            @Override
            public List<Instant> plusEach(Instant start, Duration... amounts) {
                return calendar.addWorkingTimes(companyId, start, amounts);
            }
        };
    }
}
