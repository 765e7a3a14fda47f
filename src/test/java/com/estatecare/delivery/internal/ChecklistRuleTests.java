package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.delivery.Checklist;
import com.estatecare.delivery.MeasureUnit;
import com.estatecare.platform.FieldProblem;

/** What a checklist must be for an inspector to record against it. */
class ChecklistRuleTests {

    private static final Set<String> COMPONENTS = Set.of("WALL", "FLOOR", "ENTRANCE_DOOR");

    @Test
    void theManualsChecklistIsOneAnInspectorCanRecordAgainst() {
        assertThat(ChecklistRule.problems(DefaultChecklist.items(), COMPONENTS::contains)).isEmpty();
    }

    @Test
    void theManualsHollowPlasterStandardIsAtMost400SquareCentimetresAndTwoPlacesARoom() {
        Checklist manual = new Checklist(1, DefaultChecklist.items(), "test", null);
        assertThat(manual.item("HOLLOW_AREA").orElseThrow().max()).isEqualByComparingTo("400");
        assertThat(manual.item("HOLLOW_AREA").orElseThrow().unit()).isEqualTo(MeasureUnit.SQUARE_CENTIMETRES);
        assertThat(manual.item("HOLLOW_PLACES").orElseThrow().max()).isEqualByComparingTo("2");
    }

    @Test
    void aMeasurementNeedsAUnitAndALimitWithinIt() {
        assertThat(fields(item("GAP", Checklist.Kind.MEASUREMENT, null, null, new BigDecimal("3"))))
                .containsExactly("items[0].unit");
        assertThat(fields(item("GAP", Checklist.Kind.MEASUREMENT, MeasureUnit.MILLIMETRES, null, null)))
                .containsExactly("items[0].max");
        assertThat(fields(item("GAP", Checklist.Kind.MEASUREMENT, MeasureUnit.MILLIMETRES, null, new BigDecimal("-3"))))
                .containsExactly("items[0].max");
        assertThat(fields(item("GAP", Checklist.Kind.MEASUREMENT, MeasureUnit.MILLIMETRES, new BigDecimal("5"),
                new BigDecimal("3")))).containsExactly("items[0].max");
    }

    @Test
    void aCheckTakesNoUnitAndCodesAreUniqueAndComponentsKnown() {
        List<Checklist.ChecklistItem> items = new ArrayList<>(List.of(item("A", Checklist.Kind.CHECK, MeasureUnit.PLACES, null,
                null), item("A", Checklist.Kind.CHECK, null, null, null)));
        items.add(new Checklist.ChecklistItem("B", "t", "t", List.of(), "ROOFTOP_POOL", Checklist.Kind.CHECK, null, null, null,
                null));
        assertThat(ChecklistRule.problems(items, COMPONENTS::contains)).extracting(FieldProblem::field)
                .containsExactly("items[0].unit", "items[1].code", "items[2].componentCode");
    }

    @Test
    void anEmptyOrHugeChecklistIsRefused() {
        assertThat(fields(List.of())).containsExactly("items");
        List<Checklist.ChecklistItem> many = java.util.stream.IntStream.range(0, ChecklistRule.MAX_ITEMS + 1)
                .mapToObj(i -> item("I" + i, Checklist.Kind.CHECK, null, null, null)).toList();
        assertThat(fields(many)).containsExactly("items");
    }

    private static Checklist.ChecklistItem item(String code, Checklist.Kind kind, MeasureUnit unit, BigDecimal min,
            BigDecimal max) {
        return new Checklist.ChecklistItem(code, "标题", "Title", List.of(), "WALL", kind, unit, min, max, null);
    }

    private static List<String> fields(Checklist.ChecklistItem item) {
        return fields(List.of(item));
    }

    private static List<String> fields(List<Checklist.ChecklistItem> items) {
        return ChecklistRule.problems(items, COMPONENTS::contains).stream().map(FieldProblem::field).toList();
    }
}
