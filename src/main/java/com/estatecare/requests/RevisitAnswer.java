package com.estatecare.requests;

import java.util.Map;

import com.estatecare.organisation.CurrentUser;

/**
 * A revisit (回访) answered in another module — the {@code revisits} questionnaire filled during the call — that
 * the request takes as its own {@link Action#REVISIT} step: satisfied → revisited; not satisfied → a second
 * handling (二次处理), automatically. The publishing module declares its event as this interface, so that
 * {@code requests} depends on nothing of it; {@code requests} takes the step in the publisher's transaction
 * ({@code RevisitStep}), so the answer and the step commit together or not at all, and a step the request
 * refuses (not yet confirmed by the owner, no longer open) rolls the answer back with the request's problem.
 * {@code actor} is the staff member on the call: the step is theirs, with their scope and roles.
 */
public interface RevisitAnswer {

    long requestId();

    CurrentUser actor();

    boolean satisfied();

    /** The overall satisfaction, 1 (very unsatisfied) to 5 (very satisfied). */
    int satisfaction();

    /** Whether the first-contact department followed up (首问部门是否回访), {@code null} when not asked. */
    Boolean followedUp();

    /** What the customer said, the step's note; {@code null} when nothing. */
    String comment();

    /** Facts of the revisit for the timeline entry: its task, method, template and version. */
    Map<String, Object> revisitDetails();
}
