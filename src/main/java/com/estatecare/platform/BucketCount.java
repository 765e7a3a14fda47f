package com.estatecare.platform;

import java.time.LocalDate;

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
}
