package com.estatecare.hotline.internal;

import com.estatecare.platform.DomainException;

/**
 * The reply to the hotline (回复 12345): drafted (again, while not approved) by anyone working the case, approved by
 * a manager who did not draft it (four eyes, 双人复核), or sent back with a reason; once approved it is recorded and
 * does not change.
 */
final class HotlineReply {

    enum State { NONE, DRAFTED, APPROVED }

    private HotlineReply() {
    }

    /** A draft may be written until the reply is approved. */
    static void checkDraft(State state) {
        if (state == State.APPROVED) {
            throw DomainException.conflict("hotline-reply-approved");
        }
    }

    /** Only a drafted reply is approved or sent back, and never by the person who drafted it. */
    static void checkDecision(State state, Long draftedBy, long decidedBy) {
        if (state != State.DRAFTED) {
            throw DomainException.conflict(state == State.APPROVED ? "hotline-reply-approved" : "hotline-reply-no-draft");
        }
        if (draftedBy != null && draftedBy == decidedBy) {
            throw DomainException.forbidden("hotline-four-eyes");
        }
    }
}
