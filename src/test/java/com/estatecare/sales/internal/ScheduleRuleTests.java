package com.estatecare.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.Money;

/** A payment schedule agreed at the contract (付款计划). */
class ScheduleRuleTests {

    private static final LocalDate SIGNED = LocalDate.parse("2026-11-20");
    private static final Money PRICE = Money.fen(3_000_000_00L);

    private static ScheduleRule.Instalment due(String day, long fen) {
        return new ScheduleRule.Instalment(LocalDate.parse(day), fen);
    }

    @Test
    void instalmentsAfterOneAnotherThatAddUpToThePriceAreASchedule() {
        assertThat(ScheduleRule.refusals(List.of(due("2026-12-20", 1_000_000_00L), due("2027-06-20", 2_000_000_00L)),
                PRICE, SIGNED, 30)).isEmpty();
    }

    @Test
    void theInstalmentsMustAddUpToThePrice() {
        assertThat(ScheduleRule.refusals(List.of(due("2026-12-20", 1_000_000_00L)), PRICE, SIGNED, 30))
                .extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instalments", "sum-is-price"));
    }

    @Test
    void aNegativeOrZeroAmountIsRefusedNamingTheInstalment() {
        assertThat(ScheduleRule.refusals(List.of(due("2026-12-20", -5), due("2027-01-20", 0)), PRICE, SIGNED, 30))
                .extracting(FieldProblem::field)
                .containsExactly("instalments[0].amountFen", "instalments[1].amountFen");
    }

    @Test
    void dueDaysFollowOneAnotherFromTheContractWithinTheHorizon() {
        assertThat(ScheduleRule.refusals(List.of(due("2026-11-19", 1_000_000_00L), due("2027-01-20", 1_000_000_00L),
                due("2027-01-20", 500_000_00L), due("2099-01-01", 500_000_00L)), PRICE, SIGNED, 30))
                .extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instalments[0].dueOn", "horizon"),
                        org.assertj.core.groups.Tuple.tuple("instalments[2].dueOn", "after-previous"),
                        org.assertj.core.groups.Tuple.tuple("instalments[3].dueOn", "horizon"));
    }

    @Test
    void anEmptyOrEndlessScheduleIsRefused() {
        assertThat(ScheduleRule.refusals(List.of(), PRICE, SIGNED, 30)).extracting(FieldProblem::reasonCode)
                .containsExactly("required");
        List<ScheduleRule.Instalment> endless = new ArrayList<>(Collections.nCopies(ScheduleRule.MAX_INSTALMENTS + 1,
                due("2027-01-01", 1)));
        assertThat(ScheduleRule.refusals(endless, PRICE, SIGNED, 30)).extracting(FieldProblem::reasonCode)
                .containsExactly("max-items");
    }
}
