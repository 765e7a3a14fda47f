package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.delivery.Checklist;
import com.estatecare.delivery.Measured;
import com.estatecare.delivery.Room;
import com.estatecare.platform.FieldProblem;

/** The manual's standards applied to what the inspector measured, and results that do not fit the checklist. */
class StandardRuleTests {

    private static final Checklist MANUAL = new Checklist(1, DefaultChecklist.items(), "test", null);

    @Test
    void hollowPlasterOver400SquareCentimetresFails() {
        assertThat(passes("HOLLOW_AREA", Room.LIVING_ROOM, "401")).isFalse();
        assertThat(passes("HOLLOW_AREA", Room.LIVING_ROOM, "400.01")).isFalse();
    }

    @Test
    void hollowPlasterOf400SquareCentimetresOrLessPasses() {
        assertThat(passes("HOLLOW_AREA", Room.BEDROOM, "400")).isTrue();
        assertThat(passes("HOLLOW_AREA", Room.BEDROOM, "0")).isTrue();
    }

    @Test
    void thirdHollowPlacePerRoomFails() {
        assertThat(passes("HOLLOW_PLACES", Room.KITCHEN, "2")).isTrue();
        assertThat(passes("HOLLOW_PLACES", Room.KITCHEN, "3")).isFalse();
    }

    @Test
    void aBathroomFloorNotSlopingToTheDrainFails() {
        assertThat(StandardRule.passes(item("FLOOR_SLOPES_TO_DRAIN"), check(Room.BATHROOM, false))).isFalse();
        assertThat(StandardRule.passes(item("FLOOR_SLOPES_TO_DRAIN"), check(Room.BALCONY, true))).isTrue();
    }

    @Test
    void aFloorSlopeIsNotCheckedInTheLivingRoom() {
        assertThat(problems(new Measured(Room.LIVING_ROOM, null, "FLOOR_SLOPES_TO_DRAIN", null, true, null, null, null)))
                .extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("results[0].room", "not-for-item"));
    }

    @Test
    void aNegativeAreaIsRefused() {
        assertThat(problems(measured("HOLLOW_AREA", "-1"))).extracting(FieldProblem::field)
                .containsExactly("results[0].value");
    }

    @Test
    void anAreaBeyondWhatTheUnitHoldsOrWithThreeDecimalsIsRefused() {
        assertThat(problems(measured("HOLLOW_AREA", "1000000.01"))).hasSize(1);
        assertThat(problems(measured("HOLLOW_AREA", "1.234"))).hasSize(1);
    }

    @Test
    void aMeasurementWithoutAValueAndACheckWithoutAnAnswerAreRefused() {
        assertThat(problems(new Measured(Room.BEDROOM, null, "HOLLOW_AREA", null, null, null, null, null)))
                .extracting(FieldProblem::reasonCode).containsExactly("required");
        assertThat(problems(new Measured(Room.BEDROOM, null, "NO_CRACKS", null, null, null, null, null)))
                .extracting(FieldProblem::field).containsExactly("results[0].passed");
    }

    @Test
    void anUnknownItemIsRefusedByName() {
        assertThat(problems(new Measured(Room.BEDROOM, null, "ATTIC_GHOSTS", BigDecimal.ONE, null, null, null, null)))
                .extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("results[0].itemCode", "unknown"));
    }

    private static boolean passes(String code, Room room, String value) {
        Measured result = new Measured(room, null, code, new BigDecimal(value), null, null, null, null);
        assertThat(problems(result)).isEmpty();
        return StandardRule.passes(item(code), result);
    }

    private static Measured measured(String code, String value) {
        return new Measured(Room.BEDROOM, null, code, new BigDecimal(value), null, null, null, null);
    }

    private static Measured check(Room room, boolean passed) {
        return new Measured(room, null, "FLOOR_SLOPES_TO_DRAIN", null, passed, null, null, null);
    }

    private static List<FieldProblem> problems(Measured result) {
        return StandardRule.problems(MANUAL, List.of(result));
    }

    private static Checklist.ChecklistItem item(String code) {
        return MANUAL.item(code).orElseThrow();
    }
}
