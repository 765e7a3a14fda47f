package com.estatecare.requests;

import static com.estatecare.requests.Action.*;
import static com.estatecare.requests.RequestStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;

/**
 * Which action is allowed in which state, and to whom (SPEC §4). Repairs and
 * complaints go the whole way — plan, work, the owner's verification, the
 * revisit — before they are archived; consultations, suggestions and praise
 * are answered and archived. Any closed step may be reopened for a second
 * handling (二次处理). The request asks it before every step ({@link Request}).
 */
final class Lifecycle {

    private static final Set<Action> ANYTIME = EnumSet.of(NOTE, LINK, NOTIFY_PROGRESS, UPDATE_FACTS);

    private static final Map<RequestStatus, Set<Action>> FULL = new EnumMap<>(Map.of(
            RECEIVED, EnumSet.of(CLASSIFY, CANCEL),
            CLASSIFIED, EnumSet.of(CLASSIFY, DISPATCH, CANCEL),
            DISPATCHED, EnumSet.of(RESPOND, DISPATCH, INVESTIGATE, CANCEL),
            RESPONDED, EnumSet.of(INVESTIGATE, AGREE_PLAN, DISPATCH),
            PLAN_AGREED, EnumSet.of(INVESTIGATE, AGREE_PLAN, CONFIRM_PLAN, COMPLETE, RESCHEDULE),
            DONE, EnumSet.of(VERIFY),
            VERIFIED, EnumSet.of(REVISIT),
            REVISITED, EnumSet.of(ARCHIVE, REOPEN),
            ARCHIVED, EnumSet.of(REOPEN),
            CANCELLED, EnumSet.noneOf(Action.class)));

    private static final Map<RequestStatus, Set<Action>> SHORT = new EnumMap<>(Map.of(
            RECEIVED, EnumSet.of(CLASSIFY, ANSWER, CANCEL),
            CLASSIFIED, EnumSet.of(CLASSIFY, DISPATCH, ANSWER, CANCEL),
            DISPATCHED, EnumSet.of(RESPOND, DISPATCH, ANSWER, CANCEL),
            RESPONDED, EnumSet.of(DISPATCH, ANSWER),
            DONE, EnumSet.of(REVISIT, ARCHIVE, REOPEN),
            REVISITED, EnumSet.of(ARCHIVE, REOPEN),
            ARCHIVED, EnumSet.of(REOPEN),
            CANCELLED, EnumSet.noneOf(Action.class)));

    private static final Set<Role> FRONT_DESK = EnumSet.of(Role.AGENT, Role.MANAGER, Role.ADMIN, Role.HQ,
            Role.PROJECT_COMPANY);
    private static final Set<Role> HANDLING = EnumSet.of(Role.ENGINEER, Role.HANDLER, Role.AGENT, Role.MANAGER,
            Role.ADMIN, Role.HQ, Role.PROJECT_COMPANY);
    private static final Set<Role> ALL_STAFF = EnumSet.complementOf(EnumSet.of(Role.OWNER));

    private static final Map<Action, Set<Role>> WHO = new EnumMap<>(Action.class);

    static {
        for (Action action : EnumSet.of(CLASSIFY, DISPATCH, CANCEL, ARCHIVE, REOPEN, REVISIT, LINK, NOTIFY_PROGRESS,
                RESCHEDULE)) {
            WHO.put(action, FRONT_DESK);
        }
        for (Action action : EnumSet.of(RESPOND, INVESTIGATE, AGREE_PLAN, COMPLETE, ANSWER)) {
            WHO.put(action, HANDLING);
        }
        WHO.put(NOTE, ALL_STAFF);
        Set<Role> facts = EnumSet.copyOf(FRONT_DESK);
        facts.add(Role.HANDLER);
        WHO.put(UPDATE_FACTS, facts);
        Set<Role> verify = EnumSet.copyOf(FRONT_DESK);
        verify.add(Role.OWNER);
        WHO.put(VERIFY, verify);
        // the owner answers the plan and its price on the portal; staff record an agreement by re-planning
        WHO.put(CONFIRM_PLAN, EnumSet.of(Role.OWNER));
    }

    private Lifecycle() {
    }

    /**
     * The states in which a request of this kind waits on its customer: every step its state allows is one
     * the owner may take (the owner's confirmation, 业主确认), so nothing moves until the customer does.
     */
    static Set<RequestStatus> waitingOnCustomer(RequestKind kind) {
        Set<RequestStatus> result = EnumSet.noneOf(RequestStatus.class);
        (kind.needsFullHandling() ? FULL : SHORT).forEach((status, actions) -> {
            if (!actions.isEmpty() && actions.stream().allMatch(a -> WHO.get(a).contains(Role.OWNER))) {
                result.add(status);
            }
        });
        return result;
    }

    /** The actions this user may take on a request of this kind in this state, in a stable order. */
    static Set<Action> allowed(RequestKind kind, RequestStatus status, CurrentUser user) {
        return allowed(kind, status, user::hasAny);
    }

    /** The actions a person with this role may take on a request of this kind in this state. */
    static Set<Action> allowedTo(RequestKind kind, RequestStatus status, Role role) {
        return allowed(kind, status, roles -> roles.contains(role));
    }

    private static Set<Action> allowed(RequestKind kind, RequestStatus status, Predicate<Set<Role>> may) {
        Set<Action> byState = EnumSet.copyOf((kind.needsFullHandling() ? FULL : SHORT).getOrDefault(status,
                EnumSet.noneOf(Action.class)));
        if (status.isOpen()) {
            byState.addAll(ANYTIME);
        }
        if (kind != RequestKind.REPAIR) {
            byState.remove(RESCHEDULE); // only a repair's plan has a visit to move
        }
        if (kind != RequestKind.COMPLAINT) {
            byState.remove(INVESTIGATE);
            byState.remove(UPDATE_FACTS);
        }
        Set<Action> result = new LinkedHashSet<>();
        for (Action action : byState) {
            if (may.test(WHO.get(action))) {
                result.add(action);
            }
        }
        return result;
    }
}
