package com.estatecare.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.BucketCount;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

/** A report's period: a month or a quarter as written, its days, the period before, and what a quarter adds up. */
class ReportingPeriodTests {

    @Test
    void aQuarterIsItsThreeMonthsAndTheQuarterBeforeCrossesTheYear() {
        ReportingPeriod q4 = ReportingPeriod.parse("period", "2026-Q4", true, false);
        assertThat(q4.kind()).isEqualTo(ReportingPeriod.Kind.QUARTER);
        assertThat(q4.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q4.days().buckets()).hasSize(3);
        assertThat(q4.previous().label()).isEqualTo("2026-Q3");
        assertThat(ReportingPeriod.parse("period", "2027-Q1", true, false).previous().label()).isEqualTo("2026-Q4");
        assertThat(ReportingPeriod.quarterOf(YearMonth.of(2026, 9)).label()).isEqualTo("2026-Q3");
        assertThat(ReportingPeriod.parse("month", "2026-01", false, true).previous().label()).isEqualTo("2025-12");
    }

    @Test
    void aQuarterStartingAfterThisMonthIsInTheFutureAndTheCurrentOneIsNot() {
        YearMonth november = YearMonth.of(2026, 11);
        assertThat(ReportingPeriod.quarter(2026, 4).startsAfter(november)).isFalse();
        assertThat(ReportingPeriod.quarter(2027, 1).startsAfter(november)).isTrue();
        assertThat(ReportingPeriod.month(YearMonth.of(2026, 12)).startsAfter(november)).isTrue();
    }

    @Test
    void aMalformedPeriodIsRefusedNamingTheField() {
        for (String text : List.of("2026-Q5", "2026-Q0", "2026-q4", "2026-Q4 ", "Q4-2026", "2026-11", "2026Q4")) {
            assertThat(problem(() -> ReportingPeriod.parse("period", text, true, false))).as(text)
                    .isEqualTo("period malformed");
        }
        assertThat(problem(() -> ReportingPeriod.parse("month", "2026-Q4", false, true))).isEqualTo("month malformed");
        assertThat(problem(() -> ReportingPeriod.parse("period", " ", true, true))).isEqualTo("period required");
        assertThat(ReportingPeriod.parse("period", "2026-11", true, true).kind())
                .isEqualTo(ReportingPeriod.Kind.MONTH);
    }

    /** The one field and reason of the 400 the call throws. */
    private static String problem(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            List<?> errors = (List<?>) e.properties().get("errors");
            assertThat(errors).hasSize(1);
            FieldProblem problem = (FieldProblem) errors.get(0);
            return problem.field() + " " + problem.reasonCode();
        }
        throw new AssertionError("no problem");
    }

    @Test
    void aQuartersCellsAreAddedUpPerKeyOverItsMonths() {
        LocalDate oct = LocalDate.of(2026, 10, 1);
        LocalDate nov = LocalDate.of(2026, 11, 1);
        List<BucketCount> merged = MonthlyReports.byKey(List.of(new BucketCount(oct, "COMPLAINT_DISPATCH", 1, 0),
                new BucketCount(oct, "REPAIR_CONTACT", 2, 1), new BucketCount(nov, "COMPLAINT_DISPATCH", 0, 1),
                new BucketCount(nov, null, 4, 0)));
        assertThat(merged).containsExactly(new BucketCount(null, "COMPLAINT_DISPATCH", 1, 1),
                new BucketCount(null, "REPAIR_CONTACT", 2, 1), new BucketCount(null, null, 4, 0));
    }
}
