package com.estatecare.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.BucketCount;

/** How counts become chart series: one value per bucket, zeros filled, the on-time rate met/(met+breached). */
class LayoutTests {

    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final LocalDate NEXT = LocalDate.of(2026, 11, 30);

    @Test
    void bucketsWithoutCountsAreZeroAndSeriesAreOrderedByKey() {
        var series = Layout.series(List.of(MON, NEXT), List.of(new BucketCount(NEXT, "REPAIR", 3),
                new BucketCount(MON, "COMPLAINT", 2), new BucketCount(NEXT, null, 1)));

        assertThat(series).extracting(Charts.Series::key).containsExactly("COMPLAINT", "REPAIR", null);
        assertThat(series.get(0).counts()).containsExactly(2L, 0L);
        assertThat(series.get(1).counts()).containsExactly(0L, 3L);
        assertThat(series.get(1).total()).isEqualTo(3);
    }

    @Test
    void numericKeysAreOrderedAsNumbers() {
        var series = Layout.series(List.of(MON), List.of(new BucketCount(MON, "10", 1), new BucketCount(MON, "9", 1)));

        assertThat(series).extracting(Charts.Series::key).containsExactly("9", "10");
    }

    @Test
    void onTimeRateIsMetClocksOverDecidedClocks() {
        var rates = Layout.rates(List.of(MON, NEXT), List.of(new BucketCount(MON, "COMPLAINT_DISPATCH", 3, 1)));

        assertThat(rates.get(0).rate()).containsExactly(0.75, null);
        assertThat(rates.get(0).totalRate()).isEqualTo(0.75);
        assertThat(Layout.rate(2, 1)).isEqualTo(0.6667);
        assertThat(Layout.rate(0, 0)).isNull();
    }
}
