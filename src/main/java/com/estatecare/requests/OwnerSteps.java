package com.estatecare.requests;

import java.util.Set;

import com.estatecare.organisation.Role;

/**
 * The steps an owner takes on their own request, by the lifecycle: answering the plan and its price (方案确认)
 * until they have answered it, and confirming the finished work (业主确认). While one is open the request waits
 * on them: the portal lists it first ("等我处理"), from the server's word, never a guess of the browser.
 */
public final class OwnerSteps {

    private OwnerSteps() {
    }

    /** The owner's steps on a request of this kind in this state, less the answer to a plan already answered. */
    public static Set<Action> now(RequestKind kind, RequestStatus status, boolean planAnswered) {
        Set<Action> steps = Lifecycle.allowedTo(kind, status, Role.OWNER);
        if (planAnswered) {
            steps.remove(Action.CONFIRM_PLAN);
        }
        return steps;
    }
}
