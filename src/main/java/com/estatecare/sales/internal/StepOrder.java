package com.estatecare.sales.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.estatecare.platform.FieldProblem;
import com.estatecare.sales.ProgressStep;

/**
 * The loan's and the certificate's steps happen in order (按揭, 产权证): a step is recorded once, only after the step
 * before it on its track, not on an earlier day than that step, and not in the future. The refusals name the field
 * and the step or day that decides.
 */
public final class StepOrder {

    private StepOrder() {
    }

    public static List<FieldProblem> refusals(Map<ProgressStep, LocalDate> done, ProgressStep step, LocalDate on,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (done.containsKey(step)) {
            problems.add(FieldProblem.of("step", "duplicate"));
            return problems;
        }
        step.previous().ifPresent(previous -> {
            LocalDate before = done.get(previous);
            if (before == null) {
                problems.add(new FieldProblem("step", "step-order", new Object[] { previous.name() }));
            } else if (on.isBefore(before)) {
                problems.add(new FieldProblem("doneOn", "not-before", new Object[] { before }));
            }
        });
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("doneOn", "not-after", new Object[] { today }));
        }
        return problems;
    }
}
