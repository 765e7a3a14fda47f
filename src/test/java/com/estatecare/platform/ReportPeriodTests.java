package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.ReportPeriod.Bucket;

/** The period rules of the dashboard's aggregates: days in Shanghai, Monday weeks, bounded length. */
class ReportPeriodTests {

    @Test
    void weekBucketsStartOnMondayInShanghai() {
        // Sunday 2026-11-29 to Wednesday 2026-12-09
        ReportPeriod period = ReportPeriod.of(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 9), Bucket.WEEK);

        assertThat(period.buckets()).containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7));
        assertThat(period.buckets()).allSatisfy(b -> assertThat(b.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
        // the list behind the first bucket starts with the period, at midnight in Shanghai (16:00 UTC the day before)
        assertThat(period.bucketStart(LocalDate.of(2026, 11, 23))).isEqualTo(Instant.parse("2026-11-28T16:00:00Z"));
        assertThat(period.bucketEnd(LocalDate.of(2026, 11, 23))).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
        assertThat(period.bucketEnd(LocalDate.of(2026, 12, 7))).isEqualTo(Instant.parse("2026-12-09T16:00:00Z"));
        assertThat(period.bucketSql("r.created_at")).isEqualTo("date_trunc('week', r.created_at at time zone 'Asia/Shanghai')::date");
    }

    @Test
    void periodCoversWholeDaysInShanghai() {
        ReportPeriod period = ReportPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Bucket.DAY);

        assertThat(period.start()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-01-31T16:00:00Z"));
        assertThat(period.buckets()).hasSize(31);
    }

    @Test
    void monthBucketsStartOnTheFirst() {
        ReportPeriod period = ReportPeriod.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 2), Bucket.MONTH);

        assertThat(period.buckets()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1));
    }

    @Test
    void periodLongerThanTwoYearsIsRefused() {
        assertThat(ReportPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), Bucket.MONTH).buckets())
                .hasSize(24);
        assertThat(problems(() -> ReportPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), Bucket.MONTH)))
                .containsExactly("to:period-too-long");
    }

    @Test
    void periodEndingBeforeItStartsIsRefused() {
        assertThat(problems(() -> ReportPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), Bucket.DAY)))
                .containsExactly("to:period-order");
        assertThat(ReportPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), Bucket.DAY).buckets())
                .containsExactly(LocalDate.of(2026, 3, 2));
    }

    @Test
    void periodOfMoreThanFourHundredBucketsIsRefused() {
        assertThat(ReportPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 2, 4), Bucket.DAY).buckets())
                .hasSize(400);
        assertThat(problems(() -> ReportPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 2, 5), Bucket.DAY)))
                .containsExactly("bucket:too-many-buckets");
        assertThat(ReportPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 2, 5), Bucket.WEEK).buckets())
                .hasSize(58);
    }

    @Test
    void periodWithoutItsDatesIsRefused() {
        assertThat(problems(() -> ReportPeriod.of(null, null, Bucket.DAY))).containsExactly("from:required",
                "to:required");
    }

    private static List<String> problems(Runnable checked) {
        List<String> found = new java.util.ArrayList<>();
        assertThatThrownBy(checked::run).isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> {
            @SuppressWarnings("unchecked")
            List<FieldProblem> errors = (List<FieldProblem>) e.properties().get("errors");
            errors.forEach(p -> found.add(p.field() + ":" + p.reasonCode()));
        });
        return found;
    }
}
