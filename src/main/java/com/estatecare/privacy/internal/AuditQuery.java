package com.estatecare.privacy.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.ReportPeriod;

/**
 * A search of the audit log: a period of whole days in Asia/Shanghai ({@code from} to {@code to}, both included,
 * at most {@value #MAX_DAYS} days, so that a search costs bounded work), and optionally the person (a user name,
 * or part of a name), the record (its type, and its id) and the action.
 */
record AuditQuery(LocalDate from, LocalDate to, String person, String recordType, Long recordId,
        AuditAction action) {

    static final int MAX_DAYS = 366;
    static final int MAX_PERSON = 80;
    /** The kinds of record an entry names. */
    static final Set<String> RECORD_TYPES = Set.of("COMPANY", "CUSTOMER", "ACCOUNT", "ACCESS_TOKEN", "POLICY", "PROJECT",
            "AUDIT_LOG", "REQUEST", "RIGHTS_REQUEST", "CLUB_MEMBER", "OPEN_DAY");

    /** The query checked against its limits, or a 400 problem naming every field that breaks one. */
    static AuditQuery of(LocalDate from, LocalDate to, String person, String recordType, Long recordId,
            AuditAction action) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(FieldProblem.of("from", "required"));
        }
        if (to == null) {
            problems.add(FieldProblem.of("to", "required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(FieldProblem.of("to", "period-order"));
        } else if (from != null && to != null && ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            problems.add(new FieldProblem("to", "span-too-long", new Object[] { MAX_DAYS }));
        }
        String who = person == null || person.isBlank() ? null : person.strip();
        if (who != null && who.length() > MAX_PERSON) {
            problems.add(new FieldProblem("person", "length", new Object[] { 1, MAX_PERSON }));
        }
        String type = recordType == null || recordType.isBlank() ? null : recordType.strip();
        if (type != null && !RECORD_TYPES.contains(type)) {
            problems.add(new FieldProblem("recordType", "one-of",
                    new Object[] { String.join(", ", RECORD_TYPES.stream().sorted().toList()) }));
        }
        if (recordId != null && type == null) {
            problems.add(FieldProblem.of("recordType", "required"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return new AuditQuery(from, to, who, type, recordId, action);
    }

    /** The period as the half-open range of instants {@code :start}–{@code :end}. */
    ReportPeriod period() {
        return new ReportPeriod(from, to, ReportPeriod.Bucket.DAY);
    }
}
