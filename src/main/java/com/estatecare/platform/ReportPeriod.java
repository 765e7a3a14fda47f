package com.estatecare.platform;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The period of a report and how it is cut into buckets: whole calendar days
 * from {@code from} to {@code to} (both included) in Asia/Shanghai, cut into
 * days, weeks starting on Monday, or months. A period is at most two years and
 * at most {@value #MAX_BUCKETS} buckets long, so that an aggregate costs
 * bounded work; a bucket is named by the date it starts on.
 */
public record ReportPeriod(LocalDate from, LocalDate to, Bucket bucket) {

    /** Reports count days as they are in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int MAX_BUCKETS = 400;
    public static final int MAX_YEARS = 2;

    /** How a period is cut; {@link #sqlUnit()} is PostgreSQL's {@code date_trunc} unit. */
    public enum Bucket {
        DAY, WEEK, MONTH;

        public String sqlUnit() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The first day of the bucket holding {@code day}: itself, the Monday of its week, the 1st of its month. */
        public LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }
    }

    /**
     * A period checked against the limits: both dates given, {@code from} not
     * after {@code to}, at most two years, at most {@value #MAX_BUCKETS}
     * buckets; else the fields and reasons, in the caller's language.
     */
    public static ReportPeriod of(LocalDate from, LocalDate to, Bucket bucket) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(FieldProblem.of("from", "required"));
        }
        if (to == null) {
            problems.add(FieldProblem.of("to", "required"));
        }
        if (bucket == null) {
            problems.add(FieldProblem.of("bucket", "required"));
        }
        if (problems.isEmpty() && to.isBefore(from)) {
            problems.add(FieldProblem.of("to", "period-order"));
        }
        if (problems.isEmpty() && !to.isBefore(from.plusYears(MAX_YEARS))) {
            problems.add(new FieldProblem("to", "period-too-long", new Object[] { MAX_YEARS }));
        }
        if (problems.isEmpty() && bucketCount(from, to, bucket) > MAX_BUCKETS) {
            problems.add(new FieldProblem("bucket", "too-many-buckets", new Object[] { MAX_BUCKETS }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return new ReportPeriod(from, to, bucket);
    }

    private static long bucketCount(LocalDate from, LocalDate to, Bucket bucket) {
        LocalDate first = bucket.start(from);
        LocalDate last = bucket.start(to);
        return switch (bucket) {
            case DAY -> ChronoUnit.DAYS.between(first, last) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(first, last) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(first, last) + 1;
        };
    }

    /** The first instant of the period: {@code from} at midnight in Shanghai. */
    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the period: the midnight that ends {@code to} in Shanghai. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The buckets in order, each named by its first day (the first may start before {@code from}). */
    public List<LocalDate> buckets() {
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate b = bucket.start(from); !b.isAfter(to); b = bucket.next(b)) {
            buckets.add(b);
        }
        return buckets;
    }

    /** Where the bucket starting on {@code first} begins and ends, cut to the period: the list behind it. */
    public Instant bucketStart(LocalDate first) {
        LocalDate start = first.isBefore(from) ? from : first;
        return start.atStartOfDay(ZONE).toInstant();
    }

    public Instant bucketEnd(LocalDate first) {
        LocalDate after = bucket.next(first);
        LocalDate end = after.isAfter(to.plusDays(1)) ? to.plusDays(1) : after;
        return end.atStartOfDay(ZONE).toInstant();
    }

    /**
     * The SQL expression naming the bucket of {@code column} (a timestamptz):
     * its first day in Shanghai. The unit comes from the enum, never from input. The time is made local first
     * and then cut: plain arithmetic per row, where the three-argument {@code date_trunc} with a zone switches
     * the time zone for every row (docs/performance.md, Dashboard).
     */
    public String bucketSql(String column) {
        return "date_trunc('" + bucket.sqlUnit() + "', " + column + " at time zone 'Asia/Shanghai')::date";
    }

    /**
     * The period bound as the named parameters {@code :start} (first instant)
     * and {@code :end} (first instant after), for a query that keeps the rows
     * with {@code column >= :start and column < :end}.
     */
    public Map<String, Object> params() {
        return Map.of("start", Timestamp.from(start()), "end", Timestamp.from(end()));
    }
}
