package com.estatecare.warranty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;

class VisitSpreadTests {

    private static final List<LocalDate> FIVE_DAYS = List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2),
            LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7));

    @Test
    void visitsAreSpreadEvenlyOverTheWorkingDaysOfThePeriod() {
        Map<LocalDate, Long> perDay = count(VisitSpread.plan(FIVE_DAYS, 10));
        assertThat(perDay).hasSize(5).allSatisfy((day, n) -> assertThat(n).isEqualTo(2));
        assertThat(perDay).doesNotContainKeys(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6));
    }

    @Test
    void unevenVisitsDifferByAtMostOneADayAndKeepTheirOrder() {
        List<LocalDate> planned = VisitSpread.plan(FIVE_DAYS, 12);
        assertThat(count(planned).values()).allSatisfy(n -> assertThat(n).isBetween(2L, 3L));
        assertThat(planned).isSorted();
        assertThat(planned.get(0)).isEqualTo(FIVE_DAYS.get(0));
    }

    @Test
    void fewerVisitsThanWorkingDaysAreSpacedAcrossThePeriod() {
        assertThat(VisitSpread.plan(FIVE_DAYS, 2)).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));
        assertThat(VisitSpread.plan(FIVE_DAYS, 0)).isEmpty();
    }

    @Test
    void aPeriodWithoutAWorkingDayIsRefused() {
        assertThatThrownBy(() -> VisitSpread.plan(List.of(), 3)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).properties().toString()).contains("endsOn"));
    }

    private static Map<LocalDate, Long> count(List<LocalDate> days) {
        return days.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
