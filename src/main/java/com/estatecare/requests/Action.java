package com.estatecare.requests;

import java.util.Locale;
import java.util.Optional;

/** The steps a person takes on a request: {@code POST /api/v1/requests/{id}/actions/{action}}. */
public enum Action {
    CLASSIFY, DISPATCH, RESPOND, INVESTIGATE, AGREE_PLAN, COMPLETE, ANSWER, VERIFY, REVISIT, ARCHIVE, REOPEN, CANCEL,
    LINK, NOTE, NOTIFY_PROGRESS,
    /** A complaint's facts changed: complainants, lawsuit, media, need of outside support. */
    UPDATE_FACTS;

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
