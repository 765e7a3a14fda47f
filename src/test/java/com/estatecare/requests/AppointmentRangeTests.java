package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

/** The range of one read of the dispatch board: both ends, in order, at most 31 days. */
class AppointmentRangeTests {

    private static final Instant MONDAY = Instant.parse("2026-11-22T16:00:00Z");

    @Test
    void aDayAWeekAndAMonthOf31DaysAreRanges() {
        for (int days : new int[] { 1, 7, 31 }) {
            AppointmentRange range = AppointmentRange.of(MONDAY, MONDAY.plus(Duration.ofDays(days)));
            assertThat(range.from()).isEqualTo(MONDAY);
            assertThat(range.to()).isEqualTo(MONDAY.plus(Duration.ofDays(days)));
        }
    }

    @Test
    void aRangeLongerThan31DaysIsRefusedOnItsEnd() {
        assertThat(problems(MONDAY, MONDAY.plus(Duration.ofDays(31)).plusSeconds(1)))
                .containsExactly("to:span-too-long:31");
    }

    @Test
    void aRangeThatEndsBeforeOrWhereItStartsIsRefused() {
        assertThat(problems(MONDAY, MONDAY.minusSeconds(1))).containsExactly("to:period-order:");
        assertThat(problems(MONDAY, MONDAY)).containsExactly("to:period-order:");
    }

    @Test
    void bothEndsAreRequired() {
        assertThat(problems(null, null)).containsExactly("from:required:", "to:required:");
        assertThat(problems(MONDAY, null)).containsExactly("to:required:");
    }

    private static List<String> problems(Instant from, Instant to) {
        List<FieldProblem> found = new java.util.ArrayList<>();
        assertThatThrownBy(() -> AppointmentRange.of(from, to)).isInstanceOfSatisfying(DomainException.class,
                e -> found.addAll(fieldProblems(e)));
        return found.stream().map(p -> p.field() + ":" + p.reasonCode() + ":"
                + String.join(",", java.util.Arrays.stream(p.arguments()).map(String::valueOf).toList())).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> fieldProblems(DomainException e) {
        assertThat(e).isInstanceOf(DomainException.InvalidInput.class);
        return (List<FieldProblem>) e.properties().get("errors");
    }
}
