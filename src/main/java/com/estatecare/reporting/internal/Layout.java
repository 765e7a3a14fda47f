package com.estatecare.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.estatecare.platform.BucketCount;
import com.estatecare.platform.ReportPeriod;

/** Lays the cells an aggregate returned out as chart series: one value per bucket, zero where nothing was counted. */
final class Layout {

    private Layout() {
    }

    static List<Charts.BucketView> buckets(ReportPeriod period) {
        return period.buckets().stream()
                .map(b -> new Charts.BucketView(b, period.bucketStart(b), period.bucketEnd(b))).toList();
    }

    /** Series of counts, ordered by key (null last). */
    static List<Charts.Series> series(List<LocalDate> buckets, List<BucketCount> cells) {
        return grid(buckets, cells).entrySet().stream()
                .map(e -> new Charts.Series(e.getKey(), Arrays.stream(e.getValue()[0]).boxed().toList(),
                        Arrays.stream(e.getValue()[0]).sum()))
                .toList();
    }

    /** Series of met and breached clocks and their rate per bucket. */
    static List<Charts.RateSeries> rates(List<LocalDate> buckets, List<BucketCount> cells) {
        return grid(buckets, cells).entrySet().stream().map(e -> {
            long[] met = e.getValue()[0];
            long[] breached = e.getValue()[1];
            List<Double> rate = new ArrayList<>();
            for (int i = 0; i < met.length; i++) {
                rate.add(rate(met[i], breached[i]));
            }
            long totalMet = Arrays.stream(met).sum();
            long totalBreached = Arrays.stream(breached).sum();
            return new Charts.RateSeries(e.getKey(), Arrays.stream(met).boxed().toList(),
                    Arrays.stream(breached).boxed().toList(), rate, totalMet, totalBreached,
                    rate(totalMet, totalBreached));
        }).toList();
    }

    /** met / (met + breached), rounded to four places; none when nothing was decided. */
    static Double rate(long met, long breached) {
        long decided = met + breached;
        return decided == 0 ? null : Math.round(met * 10_000.0 / decided) / 10_000.0;
    }

    private static Map<String, long[][]> grid(List<LocalDate> buckets, List<BucketCount> cells) {
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < buckets.size(); i++) {
            index.put(buckets.get(i), i);
        }
        Map<String, long[][]> byKey = new HashMap<>();
        for (BucketCount cell : cells) {
            Integer at = index.get(cell.bucket());
            if (at == null) {
                throw new IllegalStateException("a count outside the period's buckets: " + cell.bucket());
            }
            long[][] values = byKey.computeIfAbsent(cell.key(), k -> new long[2][buckets.size()]);
            values[0][at] += cell.count();
            values[1][at] += cell.second();
        }
        Map<String, long[][]> ordered = new LinkedHashMap<>();
        byKey.keySet().stream().sorted(Comparator.nullsLast(Layout::compareKeys))
                .forEach(k -> ordered.put(k, byKey.get(k)));
        return ordered;
    }

    /** Numeric keys (grades, project ids) in numeric order, codes alphabetically. */
    private static int compareKeys(String a, String b) {
        boolean numeric = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty() && !b.isEmpty();
        return numeric ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }
}
