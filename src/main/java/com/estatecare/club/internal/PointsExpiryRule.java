package com.estatecare.club.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * 积分有效期: points earned in a year stay valid until the end of the points policy's {@code validYears}-th year
 * after it, then expire. Points are spent oldest first, so what expires of a year's points is what is left of
 * everything earned up to that year once every redemption and earlier expiry is taken off. The sweep writes that as
 * an expiry entry per year (never changing an entry or a balance); until it has, a redemption cannot spend it.
 */
final class PointsExpiryRule {

    /** A ledger entry as the rule reads it: signed points, and the year earned (of an earning) or expired (of an expiry). */
    record Entry(String kind, int points, Integer year) {
    }

    /** Points of the earning year {@code year} that expire now. */
    record Due(int year, int points) {
    }

    private PointsExpiryRule() {
    }

    /** The last day on which points earned in {@code year} may be spent. */
    static LocalDate lastDay(int year, int validYears) {
        return LocalDate.of(year + validYears, 12, 31);
    }

    /** What expires as of {@code today}: one per earning year whose last day has passed and that has points left. */
    static List<Due> due(List<Entry> entries, int validYears, LocalDate today) {
        TreeMap<Integer, Integer> earned = new TreeMap<>();
        java.util.Set<Integer> expiredYears = new java.util.HashSet<>();
        int consumed = 0;
        for (Entry e : entries) {
            switch (e.kind()) {
                case "EARN" -> earned.merge(e.year(), e.points(), Integer::sum);
                case "EXPIRE" -> {
                    consumed -= e.points();
                    expiredYears.add(e.year());
                }
                default -> consumed -= e.points();
            }
        }
        List<Due> due = new ArrayList<>();
        int earnedUpTo = 0;
        for (var year : earned.entrySet()) {
            earnedUpTo += year.getValue();
            if (!today.isAfter(lastDay(year.getKey(), validYears)) || expiredYears.contains(year.getKey())) {
                continue;
            }
            int left = earnedUpTo - consumed;
            if (left > 0) {
                due.add(new Due(year.getKey(), left));
                consumed += left;
            }
        }
        return due;
    }

    /** What may be spent today: the balance less what has expired and awaits the sweep. */
    static int available(List<Entry> entries, int validYears, LocalDate today) {
        int balance = entries.stream().mapToInt(Entry::points).sum();
        return balance - due(entries, validYears, today).stream().mapToInt(Due::points).sum();
    }
}
