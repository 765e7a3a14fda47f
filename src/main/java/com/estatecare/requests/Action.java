package com.estatecare.requests;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The steps a person takes on a request: {@code POST /api/v1/requests/{id}/actions/{action}}. */
public enum Action {
    CLASSIFY, DISPATCH, RESPOND, INVESTIGATE, AGREE_PLAN,
    /** 方案确认 by the owner: they accept the plan and its quoted price, or reject it with their reason. */
    CONFIRM_PLAN,
    COMPLETE, ANSWER, VERIFY, REVISIT, ARCHIVE, REOPEN, CANCEL,
    /** 改约: an agreed repair visit moved to another time or another engineer (or both). */
    RESCHEDULE,
    LINK, NOTE, NOTIFY_PROGRESS,
    /** A complaint's facts changed: complainants, lawsuit, media, need of outside support. */
    UPDATE_FACTS;

    /**
     * The steps the customer is told about: someone took it up, the plan, the
     * work done, the answer, their confirmation and revisit, closing and
     * reopening, a visit moved, and the progress messages written to them. Classifying,
     * dispatching, investigating, linking, facts and notes are internal.
     */
    private static final Set<Action> TOLD_TO_THE_CUSTOMER = EnumSet.of(RESPOND, AGREE_PLAN, CONFIRM_PLAN, COMPLETE, ANSWER, VERIFY,
            REVISIT, ARCHIVE, REOPEN, CANCEL, NOTIFY_PROGRESS, RESCHEDULE);

    /** Who reads this step on the timeline, unless staff keep it internal. */
    public Visibility visibility() {
        return TOLD_TO_THE_CUSTOMER.contains(this) ? Visibility.CUSTOMER : Visibility.INTERNAL;
    }

    /** {@code agree-plan} */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Action> fromPath(String path) {
        for (Action action : values()) {
            if (action.pathName().equals(path) || action.name().equalsIgnoreCase(path)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
