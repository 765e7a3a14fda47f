package com.estatecare.hotline.internal;

import java.time.Instant;

/**
 * One of a hotline case's two deadlines (联系时限, 回复时限) as the screens show it, coloured like the queues'
 * countdowns: {@code RUNNING}, {@code WARNING} from {@code warnAt}, {@code BREACHED} from {@code dueAt} while nothing
 * is done; once done, {@code MET} or {@code MET_LATE}.
 */
record HotlineDeadline(State state, Instant warnAt, Instant dueAt, Instant doneAt) {

    enum State { RUNNING, WARNING, BREACHED, MET, MET_LATE }

    static HotlineDeadline at(Instant warnAt, Instant dueAt, Instant doneAt, Instant now) {
        return new HotlineDeadline(state(warnAt, dueAt, doneAt, now), warnAt, dueAt, doneAt);
    }

    /** The rule: done by the due time is met, done after it met late; not done, the clock reads against now. */
    static State state(Instant warnAt, Instant dueAt, Instant doneAt, Instant now) {
        if (doneAt != null) {
            return doneAt.isAfter(dueAt) ? State.MET_LATE : State.MET;
        }
        if (!now.isBefore(dueAt)) {
            return State.BREACHED;
        }
        return !now.isBefore(warnAt) ? State.WARNING : State.RUNNING;
    }
}
