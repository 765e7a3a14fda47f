package com.estatecare.requests;

import java.util.List;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.requests.internal.StepTaken;

/** What the plain rule tests of the request read from a step: the event it registered, or why it was refused. */
final class Steps {

    private Steps() {
    }

    static StepTaken lastStep(Request request) {
        return request.pendingEvents().stream().filter(StepTaken.class::isInstance).map(StepTaken.class::cast)
                .reduce((first, second) -> second).orElseThrow();
    }

    /** The field problems a step was refused with, as "field reason". */
    static List<String> fields(Runnable step) {
        try {
            step.run();
        } catch (DomainException.InvalidInput e) {
            @SuppressWarnings("unchecked")
            List<FieldProblem> errors = (List<FieldProblem>) e.properties().get("errors");
            return errors.stream().map(p -> p.field() + " " + p.reasonCode()).toList();
        }
        throw new AssertionError("the step was not refused");
    }
}
