package com.estatecare.privacy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.registry.CustomerRecords;

/**
 * The rules of the owner's rights requests (个人信息权利请求, PIPL art. 44–47), without a database: what a request
 * must say, the day it is due on the business calendar, what a decision does, when an erasure is refused and what
 * an erasure keeps, and why.
 */
final class RightsRule {

    /** What the owner asks. A copy needs no request: the owner downloads it at once. */
    enum Kind {
        /** 更正: one contact fact set to a new value. */
        CORRECTION,
        /** 删除: the person anonymised, what a law requires kept. */
        ERASURE
    }

    /** Where a request stands. */
    enum State {
        OPEN, DONE, REFUSED
    }

    /** The answer a decided request carries. */
    enum Answer {
        /** The correction was applied to the customer record. */
        CORRECTED,
        /** The customer was anonymised; {@code kept} says what stays and why. */
        ERASED,
        /** Staff refused, with their reason. */
        REFUSED,
        /** An erasure refused because requests of the customer are still open: the service they asked for goes on. */
        OPEN_REQUESTS,
        /** An erasure refused because the customer is under legal hold (法律冻结): a dispute or authority needs the record. */
        LEGAL_HOLD
    }

    /** What a decision does: the new state, whether the request is applied, and the answer. */
    record Decision(State state, boolean apply, Answer answer) {
    }

    /** One kind of record an erasure keeps, how many (null: not counted here), and the law or duty that keeps it. */
    record Kept(String what, Integer count, String basis) {
    }

    static final int MAX_VALUE = 200;
    static final int MAX_NOTE = 500;
    static final int MAX_WORKING_DAYS = 60;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RightsRule() {
    }

    /** The problems of a new request, by field; empty when it is whole. */
    static List<FieldProblem> problems(String kind, String field, String value, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Kind k = kind == null || kind.isBlank() ? null : ConsentRule.known(Kind.class, kind);
        if (kind == null || kind.isBlank()) {
            problems.add(FieldProblem.of("kind", "required"));
        } else if (k == null) {
            problems.add(new FieldProblem("kind", "one-of", new Object[] { "CORRECTION, ERASURE" }));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "length", new Object[] { 0, MAX_NOTE }));
        }
        if (k == Kind.CORRECTION) {
            correctionProblems(field, value, problems);
        }
        return problems;
    }

    private static void correctionProblems(String field, String value, List<FieldProblem> problems) {
        if (field == null || field.isBlank()) {
            problems.add(FieldProblem.of("field", "required"));
            return;
        }
        if (!CustomerRecords.CORRECTABLE.contains(field)) {
            problems.add(new FieldProblem("field", "one-of", new Object[] { "name, phone, email, wechat" }));
            return;
        }
        if (value == null || (value.isBlank() && field.equals("name"))) {
            problems.add(FieldProblem.of("value", "required"));
        } else if (value.length() > MAX_VALUE) {
            problems.add(new FieldProblem("value", "length", new Object[] { 1, MAX_VALUE }));
        } else if (field.equals("name") && value.strip().length() > 100) {
            problems.add(new FieldProblem("value", "length", new Object[] { 1, 100 }));
        } else if (field.equals("phone") && !value.isBlank() && !PhoneNumber.isValid(PhoneNumber.normalise(value))) {
            problems.add(FieldProblem.of("value", "phone"));
        } else if (field.equals("email") && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
            problems.add(FieldProblem.of("value", "malformed"));
        } else if (field.equals("wechat") && value.strip().length() > 100) {
            problems.add(new FieldProblem("value", "length", new Object[] { 0, 100 }));
        }
    }

    /** The value as the record keeps it: a phone as its digits, other text stripped; empty removes the fact. */
    static String normalised(String field, String value) {
        String v = value.strip();
        return field.equals("phone") && !v.isEmpty() ? PhoneNumber.normalise(v) : v;
    }

    /**
     * 答复期限: the day a request received on {@code received} (its calendar day in the company's zone) is due, the
     * {@code workingDays}-th working day after it — the day of receipt does not count, as a limit in days of law
     * is counted (《民法典》 art. 201).
     */
    static LocalDate dueOn(LocalDate received, int workingDays, Predicate<LocalDate> isWorkingDay) {
        LocalDate day = received;
        int counted = 0;
        for (int i = 0; i < 4 * 366 && counted < workingDays; i++) {
            day = day.plusDays(1);
            if (isWorkingDay.test(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether an open request is past its day, as of {@code today}. */
    static boolean overdue(State state, LocalDate dueOn, LocalDate today) {
        return state == State.OPEN && today.isAfter(dueOn);
    }

    /**
     * What staff deciding a request do: a request is decided once; a refusal needs a reason and applies nothing;
     * an approved erasure of a customer under legal hold ({@link Answer#LEGAL_HOLD}) or with open requests
     * ({@link Answer#OPEN_REQUESTS}) is refused by rule.
     */
    static Decision decide(Kind kind, State current, boolean approve, int openRequests, boolean legalHold) {
        if (current != State.OPEN) {
            throw DomainException.conflict("rights-request-decided");
        }
        if (!approve) {
            return new Decision(State.REFUSED, false, Answer.REFUSED);
        }
        if (kind == Kind.ERASURE && legalHold) {
            return new Decision(State.REFUSED, false, Answer.LEGAL_HOLD);
        }
        if (kind == Kind.ERASURE && openRequests > 0) {
            return new Decision(State.REFUSED, false, Answer.OPEN_REQUESTS);
        }
        return new Decision(State.DONE, true, kind == Kind.CORRECTION ? Answer.CORRECTED : Answer.ERASED);
    }

    /** The problems of a decision: approve or not, and a reason when refusing. */
    static List<FieldProblem> decisionProblems(Boolean approve, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (approve == null) {
            problems.add(FieldProblem.of("approve", "required"));
        }
        if (Boolean.FALSE.equals(approve) && (reason == null || reason.isBlank())) {
            problems.add(FieldProblem.of("reason", "required"));
        }
        if (reason != null && reason.length() > MAX_NOTE) {
            problems.add(new FieldProblem("reason", "length", new Object[] { 0, MAX_NOTE }));
        }
        return problems;
    }

    /**
     * What an erasure keeps, and why (PIPL art. 47: deletion except where a law sets a period of keeping): the
     * ownership of units (the sale contract, 《民法典》 and the property register), each delivered unit's warranty
     * (the developer owes it for the statutory periods, 《建设工程质量管理条例》 art. 40), the requests as service
     * records without the person (numbers, dates, categories and figures), the consent records as proof of what was
     * agreed (PIPL art. 14), and the audit log (《网络安全法》 art. 21: at least six months).
     */
    static List<Kept> kept(int units, int deliveredUnits, int consents) {
        List<Kept> kept = new ArrayList<>();
        if (units > 0) {
            kept.add(new Kept("OWNERSHIP", units, "CONTRACT"));
        }
        if (deliveredUnits > 0) {
            kept.add(new Kept("WARRANTY", deliveredUnits, "WARRANTY_LAW"));
        }
        kept.add(new Kept("REQUESTS", null, "SERVICE_RECORDS"));
        if (consents > 0) {
            kept.add(new Kept("CONSENTS", consents, "PROOF_OF_CONSENT"));
        }
        kept.add(new Kept("AUDIT_LOG", null, "CYBERSECURITY_LAW"));
        return kept;
    }
}
