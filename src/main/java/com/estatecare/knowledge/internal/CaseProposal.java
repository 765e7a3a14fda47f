package com.estatecare.knowledge.internal;

import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestNarrative;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.RequestTransitioned;

/**
 * The case proposal rule (案例征集): a complaint that is archived (归档, closed for good) is proposed for the
 * case library once, prefilled from what was written on it — the problem from its description and where it was,
 * the cause from the investigation, the solution from the agreed measures and the department that carried them
 * out; the lessons are the manager's to write. Each text is cut to {@link #MAX_TEXT} characters.
 */
record CaseProposal(String problem, String cause, String solution, String lessons) {

    static final int MAX_TEXT = 4000;

    /** Whether this step proposes its request as a case: a complaint reaching ARCHIVED. */
    static boolean proposes(RequestTransitioned step) {
        return step.kind() == RequestKind.COMPLAINT && step.to() == RequestStatus.ARCHIVED
                && step.from() != RequestStatus.ARCHIVED;
    }

    /**
     * Whether staff may propose a request by hand: a complaint whose work is done (已完成, 业主确认, 已回访) or
     * archived; not one still being handled, nor a cancelled one.
     */
    static boolean proposable(RequestKind kind, RequestStatus status) {
        return kind == RequestKind.COMPLAINT && (status == RequestStatus.DONE || status == RequestStatus.VERIFIED
                || status == RequestStatus.REVISITED || status == RequestStatus.ARCHIVED);
    }

    /** The proposal prefilled from the request's texts; {@code number} names it when nothing describes it. */
    static CaseProposal from(RequestNarrative narrative, String number) {
        String problem = join(narrative.description(), narrative.locationInUnit() == null ? null
                : "（" + narrative.locationInUnit() + "）");
        if (problem == null) {
            problem = "投诉 " + number;
        }
        String cause = narrative.investigationCause();
        String solution = narrative.solutionMeasures() == null ? null
                : join(narrative.solutionMeasures(), narrative.solutionDepartment() == null ? null
                        : "（" + narrative.solutionDepartment() + "）");
        return new CaseProposal(cut(problem), cut(blankToNull(cause)), cut(solution), null);
    }

    private static String join(String text, String suffix) {
        String main = blankToNull(text);
        if (main == null) {
            return null;
        }
        return suffix == null ? main.strip() : main.strip() + suffix;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
