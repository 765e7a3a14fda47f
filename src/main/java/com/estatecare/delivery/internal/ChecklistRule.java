package com.estatecare.delivery.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.estatecare.delivery.Checklist;
import com.estatecare.platform.FieldProblem;

/**
 * What makes a checklist one an inspector can record against: 1 to {@value #MAX_ITEMS} items, each with a unique
 * code, a title in both languages, a component the registry knows; a measurement with a unit and at least one limit
 * within the unit's range (the lower not above the upper); a check with neither.
 */
public final class ChecklistRule {

    public static final int MAX_ITEMS = 100;

    private ChecklistRule() {
    }

    public static List<FieldProblem> problems(List<Checklist.ChecklistItem> items, Predicate<String> componentExists) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            return List.of(new FieldProblem("items", "range", new Object[] { 1, MAX_ITEMS }));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Checklist.ChecklistItem item = items.get(i);
            String at = "items[" + i + "].";
            if (item == null) {
                problems.add(FieldProblem.of("items[" + i + "]", "required"));
                continue;
            }
            if (item.code() == null || !item.code().matches("[A-Z][A-Z0-9_]{0,39}")) {
                problems.add(FieldProblem.of(at + "code", "malformed"));
            } else if (!codes.add(item.code())) {
                problems.add(FieldProblem.of(at + "code", "duplicate"));
            }
            text(problems, at + "title", item.title());
            text(problems, at + "titleEn", item.titleEn());
            if (item.source() != null && item.source().length() > 300) {
                problems.add(new FieldProblem(at + "source", "length", new Object[] { 0, 300 }));
            }
            if (item.componentCode() == null || !componentExists.test(item.componentCode())) {
                problems.add(FieldProblem.of(at + "componentCode", "unknown"));
            }
            standard(problems, at, item);
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, 200 }));
        }
    }

    private static void standard(List<FieldProblem> problems, String at, Checklist.ChecklistItem item) {
        if (item.kind() == null) {
            problems.add(FieldProblem.of(at + "kind", "required"));
        } else if (item.kind() == Checklist.Kind.CHECK) {
            if (item.unit() != null || item.min() != null || item.max() != null) {
                problems.add(FieldProblem.of(at + "unit", "check-only"));
            }
        } else if (item.unit() == null) {
            problems.add(FieldProblem.of(at + "unit", "required"));
        } else if (item.min() == null && item.max() == null) {
            problems.add(FieldProblem.of(at + "max", "required"));
        } else {
            Object[] range = { 0, item.unit().ceiling().toPlainString(), item.unit().symbol() };
            for (var limit : java.util.Map.of("min", java.util.Optional.ofNullable(item.min()), "max",
                    java.util.Optional.ofNullable(item.max())).entrySet()) {
                limit.getValue().filter(v -> v.signum() < 0 || v.compareTo(item.unit().ceiling()) > 0)
                        .ifPresent(v -> problems.add(new FieldProblem(at + limit.getKey(), "measure-range", range)));
            }
            if (item.min() != null && item.max() != null && item.min().compareTo(item.max()) > 0) {
                problems.add(new FieldProblem(at + "max", "at-least", new Object[] { item.min().toPlainString() }));
            }
        }
    }
}
