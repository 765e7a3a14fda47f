package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.FieldProblem;

/** The day a defect is to be rectified by: from the company's today to a year ahead; late once that day has passed. */
class RectificationDeadlineTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aDeadlineFromTodayToAYearAheadIsTaken() {
        assertThat(RectificationDeadline.problem(TODAY, TODAY)).isEmpty();
        assertThat(RectificationDeadline.problem(TODAY.plusDays(21), TODAY)).isEmpty();
        assertThat(RectificationDeadline.problem(LocalDate.of(2027, 11, 24), TODAY)).isEmpty();
    }

    @Test
    void noDeadlineGivenLeavesItToThePolicy() {
        assertThat(RectificationDeadline.problem(null, TODAY)).isEmpty();
    }

    @Test
    void aDeadlineInThePastOrBeyondAYearIsAProblemOfRectifyByNamingTheBounds() {
        for (LocalDate refused : new LocalDate[] { TODAY.minusDays(1), LocalDate.of(2027, 11, 25),
                LocalDate.of(9999, 12, 31), LocalDate.of(1970, 1, 1) }) {
            FieldProblem problem = RectificationDeadline.problem(refused, TODAY).orElseThrow();
            assertThat(problem.field()).isEqualTo("rectifyBy");
            assertThat(problem.reasonCode()).isEqualTo("range");
            assertThat(problem.arguments()).containsExactly(TODAY, LocalDate.of(2027, 11, 24));
        }
    }

    @Test
    void anOpenDefectIsOverdueOnlyOnceItsDayHasPassed() {
        assertThat(RectificationDeadline.overdue(TODAY, TODAY)).as("due today, not late yet").isFalse();
        assertThat(RectificationDeadline.overdue(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(RectificationDeadline.overdue(TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(RectificationDeadline.overdue(null, TODAY)).as("no deadline, never late").isFalse();
    }
}
