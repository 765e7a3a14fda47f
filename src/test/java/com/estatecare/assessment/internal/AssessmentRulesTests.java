package com.estatecare.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;

/** The rules of staff assessment, without Spring: the period, and how a team's figures add up. */
class AssessmentRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void periodIsOneMonthOrOneQuarterAndNeverUnbounded() {
        AssessmentPeriod month = AssessmentPeriod.parse("2026-02", TODAY);
        assertThat(month.from()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2026, 2, 28));
        AssessmentPeriod quarter = AssessmentPeriod.parse("2026-Q4", TODAY);
        assertThat(quarter.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(quarter.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        for (String bad : new String[] { "2026-13", "2026-Q5", "1999-12", "2027-01", "2020-01/2026-11", "", "forever" }) {
            assertThatThrownBy(() -> AssessmentPeriod.parse(bad, TODAY)).as(bad)
                    .isInstanceOf(DomainException.InvalidInput.class);
        }
    }

    /**
     * Two people of one team: A closed 4 requests (1 reopened), rated 5 and 3, clocks 3 met 1 breached; B closed 6
     * (2 reopened), rated 4, clocks 4 met 0 breached. By hand, the team: reopen rate 3 ÷ 10 = 0.3000; satisfied
     * (4 or 5) 2 ÷ 3 = 0.6667, average (5 + 3 + 4) ÷ 3 = 4.00; on time 7 ÷ 8 = 0.8750 — rates of the sums, not an
     * average of the rates.
     */
    @Test
    void teamFiguresAreTheRatesOfTheSummedCounts() {
        Figures a = Figures.of(new long[] { 4, 1, 0, 0, 2, 1, 8, 0, 0, 3, 1, 0, 0, 0, 0 });
        Figures b = Figures.of(new long[] { 6, 2, 0, 0, 1, 1, 4, 0, 0, 4, 0, 0, 0, 0, 0 });
        Figures team = a.plus(b);
        assertThat(team.reopenRate()).isEqualByComparingTo(new BigDecimal("0.3000"));
        assertThat(team.satisfiedRate()).isEqualByComparingTo(new BigDecimal("0.6667"));
        assertThat(team.averageRating()).isEqualByComparingTo(new BigDecimal("4.00"));
        assertThat(team.onTimeRate()).isEqualByComparingTo(new BigDecimal("0.8750"));
        assertThat(team.revisitCoverage()).as("nothing due: no data").isNull();
    }
}
