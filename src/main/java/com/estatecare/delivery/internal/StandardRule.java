package com.estatecare.delivery.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.estatecare.delivery.Checklist;
import com.estatecare.delivery.Measured;
import com.estatecare.platform.FieldProblem;

/**
 * The standard of a checklist item applied to what was measured (验房标准): a measurement passes when it lies within
 * the item's limits (inclusive: 空鼓 of exactly 400 cm² passes, 401 fails; 2 places a room pass, the third fails),
 * a check passes when the inspector says so. Before anything is judged, every result must fit the checklist: a known
 * item, checked in that room, a number in the item's unit for a measurement (not negative, not beyond what the unit
 * can hold), a yes or no for a check.
 */
public final class StandardRule {

    private StandardRule() {
    }

    /** Whether the result meets the item's standard; the result has passed {@link #problems}. */
    public static boolean passes(Checklist.ChecklistItem item, Measured result) {
        if (item.kind() == Checklist.Kind.CHECK) {
            return Boolean.TRUE.equals(result.passed());
        }
        BigDecimal value = result.value();
        return (item.min() == null || value.compareTo(item.min()) >= 0)
                && (item.max() == null || value.compareTo(item.max()) <= 0);
    }

    /** What does not fit the checklist, each named by its field ({@code results[2].value}); empty when all fits. */
    public static List<FieldProblem> problems(Checklist checklist, List<Measured> results) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            problems.addAll(problems(checklist, results.get(i), "results[" + i + "]."));
        }
        return problems;
    }

    private static List<FieldProblem> problems(Checklist checklist, Measured result, String prefix) {
        Checklist.ChecklistItem item = checklist.item(result.itemCode() == null ? "" : result.itemCode()).orElse(null);
        if (item == null) {
            return List.of(FieldProblem.of(prefix + "itemCode", "unknown"));
        }
        if (result.room() == null) {
            return List.of(FieldProblem.of(prefix + "room", "required"));
        }
        if (!item.appliesIn(result.room())) {
            return List.of(new FieldProblem(prefix + "room", "not-for-item", new Object[] { item.title() }));
        }
        if (item.kind() == Checklist.Kind.CHECK) {
            return result.passed() == null ? List.of(FieldProblem.of(prefix + "passed", "required"))
                    : result.value() != null ? List.of(FieldProblem.of(prefix + "value", "check-only")) : List.of();
        }
        if (result.value() == null) {
            return List.of(FieldProblem.of(prefix + "value", "required"));
        }
        if (result.value().signum() < 0 || result.value().compareTo(item.unit().ceiling()) > 0
                || result.value().scale() > 2) {
            return List.of(new FieldProblem(prefix + "value", "measure-range",
                    new Object[] { 0, item.unit().ceiling().toPlainString(), item.unit().symbol() }));
        }
        return List.of();
    }
}
