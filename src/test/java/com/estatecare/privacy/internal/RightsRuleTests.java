package com.estatecare.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.privacy.internal.RightsRule.Answer;
import com.estatecare.privacy.internal.RightsRule.Kind;
import com.estatecare.privacy.internal.RightsRule.State;

/** The rules of the owner's rights requests (PIPL art. 44–47), without a database. */
class RightsRuleTests {

    private static final Predicate<LocalDate> WEEKDAYS = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY;

    @Test
    void rightsRequestIsDueFifteenWorkingDaysLater() {
        // Monday 2026-03-02: three whole weeks of weekdays later is Monday 2026-03-23
        assertThat(RightsRule.dueOn(LocalDate.of(2026, 3, 2), 15, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 3, 23));
        // received on a Saturday: the count starts on Monday
        assertThat(RightsRule.dueOn(LocalDate.of(2026, 3, 7), 1, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aHolidayOnTheCalendarMovesTheDueDay() {
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        Predicate<LocalDate> calendar = WEEKDAYS.and(d -> !holidays.contains(d));
        // received Wednesday 30 September: 1, 2 and 5–7 October are the National Day holiday
        assertThat(RightsRule.dueOn(LocalDate.of(2026, 9, 30), 15, calendar)).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(RightsRule.dueOn(LocalDate.of(2026, 9, 30), 15, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 10, 21));
    }

    @Test
    void anOpenRequestIsOverdueOnlyAfterItsDueDay() {
        LocalDate due = LocalDate.of(2026, 3, 23);
        assertThat(RightsRule.overdue(State.OPEN, due, due)).isFalse();
        assertThat(RightsRule.overdue(State.OPEN, due, due.plusDays(1))).isTrue();
        assertThat(RightsRule.overdue(State.DONE, due, due.plusDays(30))).isFalse();
    }

    @Test
    void correctionAppliesOnlyAfterApproval() {
        RightsRule.Decision refused = RightsRule.decide(Kind.CORRECTION, State.OPEN, false, 0, false);
        assertThat(refused.apply()).isFalse();
        assertThat(refused.state()).isEqualTo(State.REFUSED);
        RightsRule.Decision approved = RightsRule.decide(Kind.CORRECTION, State.OPEN, true, 3, false);
        assertThat(approved.apply()).as("open requests do not hold a correction back").isTrue();
        assertThat(approved.answer()).isEqualTo(Answer.CORRECTED);
        assertThatThrownBy(() -> RightsRule.decide(Kind.CORRECTION, State.REFUSED, true, 0, false))
                .isInstanceOf(DomainException.class).hasMessageContaining("rights-request-decided");
    }

    @Test
    void erasureIsRefusedWhileTheCustomerHasOpenRequests() {
        RightsRule.Decision held = RightsRule.decide(Kind.ERASURE, State.OPEN, true, 1, false);
        assertThat(held.apply()).isFalse();
        assertThat(held.answer()).isEqualTo(Answer.OPEN_REQUESTS);
        assertThat(RightsRule.decide(Kind.ERASURE, State.OPEN, true, 0, false).answer()).isEqualTo(Answer.ERASED);
    }

    @Test
    void erasureOfACustomerUnderLegalHoldIsRefusedBeforeAnythingElse() {
        RightsRule.Decision held = RightsRule.decide(Kind.ERASURE, State.OPEN, true, 0, true);
        assertThat(held.apply()).isFalse();
        assertThat(held.state()).isEqualTo(State.REFUSED);
        assertThat(held.answer()).isEqualTo(Answer.LEGAL_HOLD);
        assertThat(RightsRule.decide(Kind.ERASURE, State.OPEN, true, 2, true).answer()).isEqualTo(Answer.LEGAL_HOLD);
        assertThat(RightsRule.decide(Kind.CORRECTION, State.OPEN, true, 0, true).answer())
                .as("a hold stops erasure, not a correction").isEqualTo(Answer.CORRECTED);
    }

    @Test
    void erasureKeepsWarrantyRecordsAndSaysSo() {
        assertThat(RightsRule.kept(2, 1, 3)).extracting(k -> k.what() + " " + k.count() + " " + k.basis())
                .containsExactly("OWNERSHIP 2 CONTRACT", "WARRANTY 1 WARRANTY_LAW", "REQUESTS null SERVICE_RECORDS",
                        "CONSENTS 3 PROOF_OF_CONSENT", "AUDIT_LOG null CYBERSECURITY_LAW");
        assertThat(RightsRule.kept(0, 0, 0)).extracting(RightsRule.Kept::what)
                .containsExactly("REQUESTS", "AUDIT_LOG");
    }

    @Test
    void aCorrectionNamesAKnownFieldAndAValueThatFitsIt() {
        assertThat(fields(RightsRule.problems("CORRECTION", "idNumber", "x", null))).containsExactly("field one-of");
        assertThat(fields(RightsRule.problems("CORRECTION", "phone", "12345", null))).containsExactly("value phone");
        assertThat(fields(RightsRule.problems("CORRECTION", "email", "not-mail", null)))
                .containsExactly("value malformed");
        assertThat(fields(RightsRule.problems("CORRECTION", "name", "名".repeat(100_000), "n".repeat(501))))
                .containsExactly("note length", "value length");
        assertThat(fields(RightsRule.problems("CORRECTION", "name", " ", null))).containsExactly("value required");
        assertThat(fields(RightsRule.problems("FORGET", null, null, null))).containsExactly("kind one-of");
        assertThat(RightsRule.problems("CORRECTION", "phone", "139 1234 5678", null)).isEmpty();
        assertThat(RightsRule.problems("ERASURE", null, null, null)).isEmpty();
        assertThat(RightsRule.normalised("phone", " 139 1234 5678 ")).isEqualTo("13912345678");
    }

    @Test
    void aRefusalNeedsAReason() {
        assertThat(fields(RightsRule.decisionProblems(false, " "))).containsExactly("reason required");
        assertThat(fields(RightsRule.decisionProblems(null, null))).containsExactly("approve required");
        assertThat(RightsRule.decisionProblems(true, null)).isEmpty();
    }

    private static java.util.List<String> fields(java.util.List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.reasonCode()).toList();
    }
}
