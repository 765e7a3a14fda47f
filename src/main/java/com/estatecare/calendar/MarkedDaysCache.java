package com.estatecare.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.platform.StampedCache;

/**
 * The marked days of a company's year, from memory. Every change of a marked
 * day writes a row of calendar_day_change, whose highest id stamps the cache:
 * a change on another instance is used here at the latest
 * {@code estatecare.policies.recheck} after its commit, one on this instance
 * as soon as its transaction ends.
 */
@Component
class MarkedDaysCache {

    private final JdbcClient jdbc;
    private final StampedCache<MarkedDays.Year, Map<LocalDate, DayKind>> years;

    MarkedDaysCache(JdbcClient jdbc, @Value("${estatecare.policies.recheck:PT1S}") Duration recheck) {
        this.jdbc = jdbc;
        this.years = new StampedCache<>(recheck,
                () -> jdbc.sql("select coalesce(max(id), 0) from calendar_day_change").query(Long.class).single());
    }

    Map<LocalDate, DayKind> year(MarkedDays.Year year) {
        return years.get(year, y -> MarkedDays.load(jdbc, y));
    }

    void changed() {
        years.changed();
    }
}
