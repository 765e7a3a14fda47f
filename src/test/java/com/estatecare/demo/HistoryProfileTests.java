package com.estatecare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.estatecare.requests.Action;
import com.estatecare.requests.Channel;
import com.estatecare.requests.RequestKind;

class HistoryProfileTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Wednesday 2026-11-25 18:00 in Shanghai. */
    private static final Instant END = Instant.parse("2026-11-25T10:00:00Z");

    private final List<HistoryProfile.Plan> plans = new HistoryProfile(7, END, SHANGHAI).plans(3000);

    @Test
    void theSameSeedGivesTheSamePlans() {
        assertThat(new HistoryProfile(7, END, SHANGHAI).plans(3000)).isEqualTo(plans);
        assertThat(new HistoryProfile(8, END, SHANGHAI).plans(3000)).isNotEqualTo(plans);
    }

    @Test
    void theRequestedNumberOfRequestsOverTheLastSixMonthsInTheOrderTheyCameIn() {
        assertThat(plans).hasSize(3000);
        Instant start = END.atZone(SHANGHAI).minusMonths(6).toInstant();
        assertThat(plans).allSatisfy(plan -> assertThat(plan.receivedAt()).isBetween(start, END));
        assertThat(plans).allSatisfy(plan -> assertThat(plan.steps()).allSatisfy(
                step -> assertThat(plan.receivedAt().plus(step.after())).isBeforeOrEqualTo(END)));
        assertThat(plans).isSortedAccordingTo((a, b) -> a.receivedAt().compareTo(b.receivedAt()));
        Set<Integer> months = plans.stream().map(p -> p.receivedAt().atZone(SHANGHAI).getMonthValue())
                .collect(Collectors.toSet());
        assertThat(months).hasSize(7);
    }

    @Test
    void weekdaysAreBusierThanWeekends() {
        Map<Boolean, Long> byWeekend = plans.stream().collect(Collectors.partitioningBy(
                p -> p.receivedAt().atZone(SHANGHAI).getDayOfWeek().getValue() >= 6, Collectors.counting()));
        double perWeekday = byWeekend.get(false) / 5.0;
        double perWeekendDay = byWeekend.get(true) / 2.0;
        assertThat(perWeekendDay).isBetween(0.35 * perWeekday, 0.7 * perWeekday);
        assertThat(HistoryProfile.dayWeight(LocalDate.of(2026, 11, 21))).isLessThan(
                HistoryProfile.dayWeight(LocalDate.of(2026, 11, 20)));
        assertThat(LocalDate.of(2026, 11, 21).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void moreRepairsThanComplaintsAndEveryKindAndChannelAndBothCompanies() {
        Map<RequestKind, Long> kinds = plans.stream().collect(Collectors.groupingBy(HistoryProfile.Plan::kind,
                Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(RequestKind.values());
        assertThat(kinds.get(RequestKind.REPAIR)).isGreaterThan(2 * kinds.get(RequestKind.COMPLAINT));
        // a 12345 hotline case comes with its case record (the hotline module), never from the request history
        assertThat(plans.stream().map(HistoryProfile.Plan::channel).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(java.util.EnumSet.complementOf(java.util.EnumSet.of(
                        Channel.CITY_HOTLINE)));
        assertThat(plans.stream().filter(p -> p.channel() == Channel.NIGHT_INTERCOM))
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(RequestKind.REPAIR));
        Map<Integer, Long> companies = plans.stream().collect(Collectors.groupingBy(HistoryProfile.Plan::company,
                Collectors.counting()));
        assertThat(companies.keySet()).containsExactlyInAnyOrder(0, 1);
        assertThat(companies.get(0)).isGreaterThan(companies.get(1));
    }

    @Test
    void leaksComeWithThePlumRainsAndTheTyphoons() {
        Map<Boolean, List<HistoryProfile.Plan>> bySeason = plans.stream()
                .filter(p -> p.kind() == RequestKind.REPAIR)
                .collect(Collectors.partitioningBy(p -> HistoryProfile.isRainyMonth(
                        p.receivedAt().atZone(SHANGHAI).toLocalDate())));
        double rainy = leakShare(bySeason.get(true));
        double dry = leakShare(bySeason.get(false));
        assertThat(rainy).isGreaterThan(2 * dry);
        assertThat(HistoryProfile.isRainyMonth(LocalDate.of(2026, 6, 15))).isTrue();
        assertThat(HistoryProfile.isRainyMonth(LocalDate.of(2026, 11, 15))).isFalse();
    }

    @Test
    void stepsEndInEveryWayIncludingCancelledLeftLyingAndArchived() {
        Set<Action> last = plans.stream().map(HistoryProfile.Plan::lastAction).filter(a -> a != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Action.class)));
        assertThat(last).contains(Action.CLASSIFY, Action.DISPATCH, Action.RESPOND, Action.AGREE_PLAN,
                Action.COMPLETE, Action.VERIFY, Action.REVISIT, Action.ARCHIVE, Action.CANCEL, Action.ANSWER);
        assertThat(plans).anySatisfy(p -> assertThat(p.steps()).isEmpty());
        assertThat(plans).as("a second handling after an unsatisfied revisit").anySatisfy(p -> {
            assertThat(p.steps().stream().filter(s -> s.action() == Action.REVISIT)).hasSize(2);
            assertThat(p.satisfiedAt(p.steps().size() - 2)).isTrue();
        });
        long archived = plans.stream().filter(p -> p.lastAction() == Action.ARCHIVE).count();
        assertThat(archived).isGreaterThan(plans.size() / 2);
    }

    @Test
    void aRevisitFollowedByASecondHandlingIsUnsatisfiedEvenWhenTheHistoryEndsBeforeItsSecondRevisit() {
        List<HistoryProfile.Plan> cut = plans.stream().filter(p -> p.steps().stream()
                .filter(s -> s.action() == Action.REVISIT).count() == 1
                && p.steps().get(p.steps().size() - 1).action() != Action.REVISIT
                && p.steps().stream().map(HistoryProfile.Step::action).toList().lastIndexOf(Action.RESPOND)
                        > p.steps().stream().map(HistoryProfile.Step::action).toList().indexOf(Action.REVISIT))
                .toList();
        assertThat(cut).as("plans whose second handling the end of the history cuts off").isNotEmpty();
        assertThat(cut).allSatisfy(p -> assertThat(p.satisfiedAt(
                p.steps().stream().map(HistoryProfile.Step::action).toList().indexOf(Action.REVISIT))).isFalse());
    }

    @Test
    void hotspotsAreSeveralOwnersOfOneBuildingAboutOneProblem() {
        Map<Integer, List<HistoryProfile.Plan>> groups = plans.stream().filter(p -> p.hotspot() >= 0)
                .collect(Collectors.groupingBy(HistoryProfile.Plan::hotspot));
        assertThat(groups).isNotEmpty();
        assertThat(groups.values()).allSatisfy(group -> {
            assertThat(group).hasSizeGreaterThanOrEqualTo(3);
            assertThat(group.stream().map(HistoryProfile.Plan::owner).distinct()).hasSize(group.size());
            assertThat(group.stream().map(HistoryProfile.Plan::category).distinct()).hasSize(1);
            assertThat(group.stream().map(HistoryProfile.Plan::description).distinct()).hasSize(1);
            assertThat(group).allSatisfy(p -> assertThat(p.kind()).isEqualTo(RequestKind.COMPLAINT));
        });
        assertThat(plans.stream().filter(p -> p.complainants() >= 3)).isNotEmpty();
    }

    private static double leakShare(List<HistoryProfile.Plan> repairs) {
        return repairs.stream().filter(HistoryProfile.Plan::leak).count() / (double) repairs.size();
    }
}
