package com.estatecare.revisits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.revisits.RevisitPolicy;
import com.estatecare.revisits.internal.Questionnaire.Measures;
import com.estatecare.revisits.internal.Questionnaire.Question;
import com.estatecare.revisits.internal.Questionnaire.Type;

/** 回访 as plain rules: when a revisit is due, what an answer decides, how coverage is counted. */
class RevisitRulesTests {

    private static final Instant COMPLETED = Instant.parse("2026-11-27T06:00:00Z"); // a Friday, 14:00 in Shanghai

    private static final List<Question> QUESTIONS = List.of(
            new Question("satisfaction", Type.SCALE, "总体满意度", "Overall", true, Measures.SATISFACTION),
            new Question("followedUp", Type.YES_NO, "首问部门是否跟进", "Followed up", true, Measures.FOLLOWED_UP),
            new Question("comment", Type.TEXT, "意见", "Comment", false, Measures.COMMENT));
    private static final Questionnaire REPAIR = new Questionnaire(1, 0, "repair", 1, "维修回访问卷", "Repair revisit",
            QUESTIONS, COMPLETED, "system");

    @Test
    void completedRepairCreatesRevisitDueWithinSevenDays() {
        Instant due = RevisitDue.dueAt(COMPLETED, RevisitPolicy.DEFAULTS, (from, days) -> {
            throw new AssertionError("the default counts calendar days");
        });
        assertThat(due).isEqualTo(COMPLETED.plus(Duration.ofDays(7)));
    }

    @Test
    void revisitPolicyInWorkingDaysCountsThemOnTheBusinessCalendar() {
        RevisitPolicy working = new RevisitPolicy(7, RevisitPolicy.DayCount.WORKING_DAYS, 3);
        Instant calendarAnswer = Instant.parse("2026-12-08T06:00:00Z");
        assertThat(RevisitDue.dueAt(COMPLETED, working, (from, days) -> {
            assertThat(from).isEqualTo(COMPLETED);
            assertThat(days).isEqualTo(7);
            return calendarAnswer;
        })).isEqualTo(calendarAnswer);
    }

    @Test
    void unsatisfiedRevisitReopensForSecondHandling() {
        Questionnaire.Outcome unhappy = REPAIR.answer(answers(2, false, "还在漏水"), RevisitPolicy.DEFAULTS);
        assertThat(unhappy.satisfied()).isFalse();
        assertThat(unhappy.satisfaction()).isEqualTo(2);
        assertThat(unhappy.followedUp()).isFalse();
        assertThat(unhappy.comment()).isEqualTo("还在漏水");

        assertThat(REPAIR.answer(answers(3, true, null), RevisitPolicy.DEFAULTS).satisfied()).isTrue();
        RevisitPolicy strict = new RevisitPolicy(7, RevisitPolicy.DayCount.CALENDAR_DAYS, 4);
        assertThat(REPAIR.answer(answers(3, true, null), strict).satisfied()).isFalse();
    }

    @Test
    void answerOutsideTheQuestionnaireIsRefusedWithEveryFieldAtOnce() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("satisfaction", 9);
        bad.put("comment", "很".repeat(Questionnaire.MAX_TEXT + 1));
        bad.put("colour", "blue");
        assertThatThrownBy(() -> REPAIR.answer(bad, RevisitPolicy.DEFAULTS)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder("answers.colour",
                        "answers.satisfaction", "answers.followedUp", "answers.comment"));
        assertThatThrownBy(() -> REPAIR.answer(Map.of("satisfaction", "5", "followedUp", "yes"),
                RevisitPolicy.DEFAULTS)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(fields(e)).containsExactlyInAnyOrder("answers.satisfaction",
                                "answers.followedUp"));
    }

    @Test
    void templateNeedsExactlyOneRequiredSatisfactionQuestion() {
        assertThat(Questionnaire.check("问卷", "Questionnaire", QUESTIONS)).isEmpty();
        assertThat(Questionnaire.check("问卷", "Questionnaire", QUESTIONS.subList(1, 3)))
                .extracting(FieldProblem::reasonCode).containsExactly("single-satisfaction-question");
        List<Question> twice = List.of(QUESTIONS.get(0), new Question("satisfaction", Type.TEXT, "x", "x", true,
                Measures.SATISFACTION));
        assertThat(Questionnaire.check("问卷", "Questionnaire", twice)).extracting(FieldProblem::field)
                .contains("questions[1].key", "questions[1].type", "questions");
    }

    @Test
    void coverageIsRevisitedOverDueAndNothingDueHasNoRate() {
        Coverage coverage = Coverage.of(1L, null, null, 24, 23, 21, 1, 2);
        assertThat(coverage.rate()).isEqualByComparingTo(new BigDecimal("0.9583"));
        assertThat(coverage.onTimeRate()).isEqualByComparingTo(new BigDecimal("0.8750"));
        assertThat(Coverage.of(1L, null, null, 3, 3, 3, 0, 0).rate()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Coverage.of(1L, null, null, 0, 0, 0, 0, 0).rate()).isNull();
    }

    private static Map<String, Object> answers(int satisfaction, boolean followedUp, String comment) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("satisfaction", satisfaction);
        answers.put("followedUp", followedUp);
        if (comment != null) {
            answers.put("comment", comment);
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(DomainException e) {
        return ((List<FieldProblem>) e.properties().get("errors")).stream().map(FieldProblem::field).toList();
    }
}
