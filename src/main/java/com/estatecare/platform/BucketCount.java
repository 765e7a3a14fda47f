package com.estatecare.platform;

import java.time.LocalDate;

import org.springframework.jdbc.core.RowMapper;

/**
 * One cell of an aggregate over time: in the bucket starting on {@code bucket}
 * ({@code null} for an aggregate without time), the group {@code key} (an enum
 * code or an id; {@code null} where the rows have none) counts {@code count}
 * rows, and {@code second} a second figure where the aggregate has one (the
 * breached clocks beside the met ones, an amount in fen beside a count).
 */
public record BucketCount(LocalDate bucket, String key, long count, long second) {

    public BucketCount(LocalDate bucket, String key, long count) {
        this(bucket, key, count, 0);
    }

    /** Reads a row of columns {@code bucket} (a date), {@code key} and {@code n} (the count). */
    public static RowMapper<BucketCount> rows() {
        return rows("n", null);
    }

    /**
     * Reads a row of columns {@code bucket} (a date), {@code key}, the count in
     * {@code countColumn} and, when {@code secondColumn} is not {@code null}, the second figure in it.
     */
    public static RowMapper<BucketCount> rows(String countColumn, String secondColumn) {
        return (rs, n) -> new BucketCount(rs.getObject("bucket", LocalDate.class), rs.getString("key"),
                rs.getLong(countColumn), secondColumn == null ? 0 : rs.getLong(secondColumn));
    }
}
