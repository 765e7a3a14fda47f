package com.estatecare.club.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.PhoneNumber;

/**
 * What a partner merchant, an offer, a complaint and a member's rating must say, every problem named by its field
 * at once; nothing is written while one is left. Texts are bounded, a discount is a percentage 0–100 (0: a gift or a
 * service instead of a price cut), a period ends on or after it starts, a rating is 1–5.
 */
final class MerchantInput {

    /** 商家类别: what kind of business a merchant is. */
    static final List<String> CATEGORIES = List.of("DINING", "RETAIL", "HEALTH", "EDUCATION", "HOME", "LEISURE",
            "SERVICES", "OTHER");
    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 200;
    static final int MAX_CONTACT = 60;
    static final int MAX_TITLE = 100;
    static final int MAX_TERMS = 1000;
    static final int MAX_COMMENT = 500;
    static final int MAX_NOTE = 500;
    static final int MAX_LEVELS = 10;
    /** How far a contract or an offer may reach: ten years from its start. */
    static final int MAX_YEARS = 10;

    private MerchantInput() {
    }

    static List<FieldProblem> merchant(String name, String category, String address, String contactName,
            String contactPhone, LocalDate contractFrom, LocalDate contractTo) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", name, MAX_NAME);
        if (category == null || category.isBlank()) {
            problems.add(FieldProblem.of("category", "required"));
        } else if (!CATEGORIES.contains(category)) {
            problems.add(new FieldProblem("category", "one-of", new Object[] { String.join(", ", CATEGORIES) }));
        }
        text(problems, "address", address, MAX_ADDRESS);
        text(problems, "contactName", contactName, MAX_CONTACT);
        if (contactPhone == null || contactPhone.isBlank()) {
            problems.add(FieldProblem.of("contactPhone", "required"));
        } else if (contactPhone.length() > 30 || !PhoneNumber.isValid(PhoneNumber.normalise(contactPhone))) {
            problems.add(FieldProblem.of("contactPhone", "phone"));
        }
        period(problems, "contractFrom", contractFrom, "contractTo", contractTo);
        return problems;
    }

    static List<FieldProblem> offer(String title, String terms, Integer discountPercent, LocalDate validFrom,
            LocalDate validTo, List<String> levels, Collection<String> knownLevels) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", title, MAX_TITLE);
        text(problems, "terms", terms, MAX_TERMS);
        if (discountPercent == null) {
            problems.add(FieldProblem.of("discountPercent", "required"));
        } else if (discountPercent < 0 || discountPercent > 100) {
            problems.add(new FieldProblem("discountPercent", "range", new Object[] { 0, 100 }));
        }
        period(problems, "validFrom", validFrom, "validTo", validTo);
        if (levels != null) {
            if (levels.size() > MAX_LEVELS) {
                problems.add(new FieldProblem("levels", "length", new Object[] { 0, MAX_LEVELS }));
            } else {
                for (int i = 0; i < levels.size(); i++) {
                    if (levels.get(i) == null || !knownLevels.contains(levels.get(i))) {
                        problems.add(new FieldProblem("levels[" + i + "]", "one-of",
                                new Object[] { String.join(", ", knownLevels) }));
                    }
                }
            }
        }
        return problems;
    }

    static List<FieldProblem> rating(Integer score, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (score == null) {
            problems.add(FieldProblem.of("score", "required"));
        } else if (score < 1 || score > 5) {
            problems.add(new FieldProblem("score", "range", new Object[] { 1, 5 }));
        }
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            problems.add(new FieldProblem("comment", "length", new Object[] { 0, MAX_COMMENT }));
        }
        return problems;
    }

    static List<FieldProblem> complaint(LocalDate onDay, String note, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (onDay == null) {
            problems.add(FieldProblem.of("onDay", "required"));
        } else if (onDay.isAfter(today) || onDay.isBefore(today.minusYears(MAX_YEARS))) {
            problems.add(new FieldProblem("onDay", "range", new Object[] { today.minusYears(MAX_YEARS), today }));
        }
        text(problems, "note", note, MAX_NOTE);
        return problems;
    }

    private static void period(List<FieldProblem> problems, String fromField, LocalDate from, String toField,
            LocalDate to) {
        if (from == null) {
            problems.add(FieldProblem.of(fromField, "required"));
        } else if (from.getYear() < 2000 || from.getYear() > 2200) {
            problems.add(new FieldProblem(fromField, "range", new Object[] { "2000-01-01", "2200-12-31" }));
        }
        if (to == null) {
            problems.add(FieldProblem.of(toField, "required"));
        } else if (from != null && to.isBefore(from)) {
            problems.add(new FieldProblem(toField, "not-before", new Object[] { from }));
        } else if (from != null && to.isAfter(from.plusYears(MAX_YEARS))) {
            problems.add(new FieldProblem(toField, "max-span", new Object[] { from, MAX_YEARS * 366 }));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, max }));
        }
    }
}
