package com.estatecare.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.FieldProblem;
import com.estatecare.sales.ProgressStep;

/** The loan's and the certificate's steps happen in order (按揭, 产权证). */
class StepOrderTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    @Test
    void theFirstStepOfATrackNeedsNothingBeforeIt() {
        assertThat(StepOrder.refusals(Map.of(), ProgressStep.LOAN_APPLIED, TODAY, TODAY)).isEmpty();
        assertThat(StepOrder.refusals(Map.of(), ProgressStep.CERTIFICATE_FILED, TODAY, TODAY)).isEmpty();
    }

    @Test
    void aStepIsRecordedOnlyAfterTheStepBeforeIt() {
        assertThat(StepOrder.refusals(Map.of(), ProgressStep.LOAN_APPROVED, TODAY, TODAY))
                .extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("step", "step-order"));
    }

    @Test
    void theTracksAreIndependent() {
        Map<ProgressStep, LocalDate> done = new EnumMap<>(ProgressStep.class);
        done.put(ProgressStep.LOAN_APPLIED, TODAY.minusDays(10));
        assertThat(StepOrder.refusals(done, ProgressStep.CERTIFICATE_FILED, TODAY.minusDays(20), TODAY)).isEmpty();
    }

    @Test
    void aStepIsNotDoneOnAnEarlierDayThanTheStepBeforeIt() {
        Map<ProgressStep, LocalDate> done = Map.of(ProgressStep.LOAN_APPLIED, TODAY.minusDays(5));
        assertThat(StepOrder.refusals(done, ProgressStep.LOAN_APPROVED, TODAY.minusDays(6), TODAY))
                .extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("doneOn", "not-before"));
        assertThat(StepOrder.refusals(done, ProgressStep.LOAN_APPROVED, TODAY.minusDays(5), TODAY)).isEmpty();
    }

    @Test
    void aStepIsNotDoneInTheFuture() {
        assertThat(StepOrder.refusals(Map.of(), ProgressStep.LOAN_APPLIED, TODAY.plusDays(1), TODAY))
                .extracting(FieldProblem::reasonCode).containsExactly("not-after");
    }

    @Test
    void aStepIsRecordedOnce() {
        Map<ProgressStep, LocalDate> done = Map.of(ProgressStep.LOAN_APPLIED, TODAY);
        assertThat(StepOrder.refusals(done, ProgressStep.LOAN_APPLIED, TODAY, TODAY))
                .extracting(FieldProblem::reasonCode).containsExactly("duplicate");
    }
}
