package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.FieldProblem;

/** The rule of an open day's time slots, without the application: order, within the day, no overlap, places. */
class SlotRuleTests {

    private static final Instant DAY_START = Instant.parse("2026-12-05T01:00:00Z"); // 09:00 in Shanghai
    private static final Instant DAY_END = Instant.parse("2026-12-05T05:00:00Z"); // 13:00
    private static final List<SlotRule.Span> NINE_TO_TEN = List.of(
            new SlotRule.Span(at("01:00"), at("02:00"), 20));

    private static Instant at(String utc) {
        return Instant.parse("2026-12-05T" + utc + ":00Z");
    }

    private static List<String> problems(List<SlotRule.Span> existing, String from, String to, int capacity) {
        return SlotRule.problems(DAY_START, DAY_END, 30, existing, at(from), at(to), capacity).stream()
                .map(p -> p.field() + ":" + p.reasonCode()).toList();
    }

    @Test
    void aSlotWithinTheDayBesideAnotherWithPlacesLeftIsTaken() {
        assertThat(problems(NINE_TO_TEN, "02:00", "03:00", 10)).as("starting where the other ends").isEmpty();
        assertThat(problems(List.of(), "01:00", "05:00", 30)).as("the whole day, all its places").isEmpty();
    }

    @Test
    void aSlotEndingBeforeOrAsItStartsIsRefusedOnItsEnd() {
        assertThat(problems(List.of(), "03:00", "02:00", 1)).containsExactly("endsAt:period-order");
        assertThat(problems(List.of(), "03:00", "03:00", 1)).containsExactly("endsAt:period-order");
    }

    @Test
    void aSlotOutsideTheDaysTimeIsRefusedOnTheSideThatIsOut() {
        assertThat(problems(List.of(), "00:30", "01:30", 1)).containsExactly("startsAt:slot-within");
        assertThat(problems(List.of(), "04:30", "05:30", 1)).containsExactly("endsAt:slot-within");
    }

    @Test
    void aSlotOverlappingAnotherIsRefusedNamingTheOther() {
        List<FieldProblem> found = SlotRule.problems(DAY_START, DAY_END, 30, NINE_TO_TEN, at("01:30"), at("02:30"), 1);
        assertThat(found).extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("startsAt", "slot-overlap"));
        assertThat(found.get(0).arguments()).containsExactly("09:00–10:00");
        assertThat(problems(NINE_TO_TEN, "00:59", "01:01", 1)).contains("startsAt:slot-overlap");
    }

    @Test
    void theSlotsPlacesTogetherAreAtMostTheDaysAndSayWhatIsLeft() {
        List<FieldProblem> found = SlotRule.problems(DAY_START, DAY_END, 30, NINE_TO_TEN, at("02:00"), at("03:00"),
                11);
        assertThat(found).extracting(FieldProblem::field).containsExactly("capacity");
        assertThat(found.get(0).arguments()).containsExactly(10L);
        assertThat(problems(NINE_TO_TEN, "02:00", "03:00", 10)).isEmpty();
    }

    @Test
    void aDayTakesAtMostItsNumberOfSlots() {
        List<SlotRule.Span> full = new ArrayList<>();
        for (int i = 0; i < SlotRule.MAX_SLOTS; i++) {
            full.add(new SlotRule.Span(DAY_START.plusSeconds(60L * i), DAY_START.plusSeconds(60L * i + 60), 0));
        }
        assertThat(problems(full, "04:00", "04:30", 1)).containsExactly("slots:at-most");
    }
}
