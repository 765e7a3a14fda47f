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
 * one of their units; nobody else. An identity number (证件号码, sensitive personal information, PIPL art. 28) is
 * needed by no one's daily work of calling back or repairing: only a manager or HQ may see it, for a contract or a
 * legal matter. Each reveal names a field and a reason, and text for the reason {@code OTHER}; a person is shown at
 * most the daily limit of the reveal policy, whatever the field.
 */
final class RevealRule {

    static final Set<Role> CALLERS = Set.of(Role.AGENT, Role.MANAGER, Role.HQ);
    static final String PHONE = "phone";
    static final String ID_NUMBER = "idNumber";
    static final Set<String> FIELDS = Set.of(PHONE, ID_NUMBER);
    static final Set<Role> ID_NUMBER_READERS = Set.of(Role.MANAGER, Role.HQ);
    static final String DESCRIPTION = "description";
    static final String EXPECTED_OUTCOME = "expectedOutcome";
    static final int MAX_TEXT = 500;

    /** Why a reveal is asked for (查看原因). */
    enum Reason {
        CALL_BACK, ON_SITE_VISIT, LEGAL, OTHER
    }

    private RevealRule() {
    }

    /** The problems of a request to reveal, by field; empty when it names a known field and a valid reason. */
    static List<FieldProblem> problems(String field, String reason, String text) {
        return problems(field, field(field) != null, PHONE + ", " + ID_NUMBER, reason, text);
    }

    /** The problems of a request to reveal a request's free text ({@code description}, {@code expectedOutcome}). */
    static List<FieldProblem> textProblems(String field, String reason, String text) {
        return problems(field, DESCRIPTION.equals(field) || EXPECTED_OUTCOME.equals(field),
                DESCRIPTION + ", " + EXPECTED_OUTCOME, reason, text);
    }

    private static List<FieldProblem> problems(String field, boolean knownField, String fields, String reason,
            String text) {
        List<FieldProblem> problems = new ArrayList<>();
        if (field == null || field.isBlank()) {
            problems.add(FieldProblem.of("field", "required"));
        } else if (!knownField) {
            problems.add(new FieldProblem("field", "one-of", new Object[] { fields }));
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

    /** The field as named in answers and the audit log: {@code phone}, {@code idNumber} (also {@code ID_NUMBER}). */
    static String field(String field) {
        if (PHONE.equals(field) || "PHONE".equals(field)) {
            return PHONE;
        }
        return ID_NUMBER.equals(field) || "ID_NUMBER".equals(field) ? ID_NUMBER : null;
    }

    /** Why this person may not see this field (already known to be one), whatever the customer. */
    static Optional<String> roleRefusal(CurrentUser user, String field) {
        Optional<String> refusal = roleRefusal(user);
        if (refusal.isPresent() || !ID_NUMBER.equals(field(field))) {
            return refusal;
        }
        return user.hasAny(ID_NUMBER_READERS) ? Optional.empty() : Optional.of("reveal-not-permitted");
    }

    /**
     * Why this person may not read a request's free text as typed: only those who call owners (agents, managers,
     * HQ) may; an engineer on site has the request's masked text and the owner's number by the phone reveal.
     */
    static Optional<String> textRoleRefusal(CurrentUser user) {
        return !user.isOwner() && user.hasAny(CALLERS) ? Optional.empty() : Optional.of("reveal-not-permitted");
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
