package com.estatecare.privacy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.FieldProblem;

/**
 * Who may see a customer's full phone number, and on what terms (SPEC §13, 查看完整信息): an agent, a manager or
 * HQ, who call owners as their work; an engineer only while dispatched to an open request of the customer or on
 * one of their units; nobody else. Each reveal names a field and a reason, and text for the reason
 * {@code OTHER}; a person is shown at most the daily limit of the reveal policy.
 */
final class RevealRule {

    static final Set<Role> CALLERS = Set.of(Role.AGENT, Role.MANAGER, Role.HQ);
    static final Set<String> FIELDS = Set.of("phone");
    static final int MAX_TEXT = 500;

    /** Why a reveal is asked for (查看原因). */
    enum Reason {
        CALL_BACK, ON_SITE_VISIT, LEGAL, OTHER
    }

    private RevealRule() {
    }

    /** The problems of a request to reveal, by field; empty when it names a known field and a valid reason. */
    static List<FieldProblem> problems(String field, String reason, String text) {
        List<FieldProblem> problems = new ArrayList<>();
        if (field == null || field.isBlank()) {
            problems.add(FieldProblem.of("field", "required"));
        } else if (!FIELDS.contains(field)) {
            problems.add(new FieldProblem("field", "one-of", new Object[] { String.join(", ", FIELDS) }));
        }
        Reason known = reason(reason);
        if (reason == null || reason.isBlank()) {
            problems.add(FieldProblem.of("reason", "required"));
        } else if (known == null) {
            problems.add(new FieldProblem("reason", "one-of", new Object[] { "CALL_BACK, ON_SITE_VISIT, LEGAL, OTHER" }));
        }
        if (known == Reason.OTHER && (text == null || text.isBlank())) {
            problems.add(FieldProblem.of("text", "required"));
        }
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "length", new Object[] { 1, MAX_TEXT }));
        }
        return problems;
    }

    /** Why this person may not reveal at all, whatever the customer: the code of a 403 problem. */
    static Optional<String> roleRefusal(CurrentUser user) {
        if (user.isOwner() || !(user.hasAny(CALLERS) || user.has(Role.ENGINEER))) {
            return Optional.of("reveal-not-permitted");
        }
        return Optional.empty();
    }

    /** Whether this person needs to be dispatched to the customer's request first (an engineer, not a caller). */
    static boolean needsDispatch(CurrentUser user) {
        return !user.hasAny(CALLERS);
    }

    /** Whether one more reveal today stays within the limit, having been shown {@code shownToday} already. */
    static boolean withinLimit(int shownToday, RevealPolicy policy) {
        return shownToday < policy.dailyLimit();
    }

    static Reason reason(String reason) {
        for (Reason r : Reason.values()) {
            if (r.name().equals(reason)) {
                return r;
            }
        }
        return null;
    }
}
