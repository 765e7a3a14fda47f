package com.estatecare.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

/** The rules of satisfaction surveys, without Spring: sampling, reading an answer, the satisfaction formula. */
class SurveyRulesTests {

    private static final List<Long> CANDIDATES = LongStream.rangeClosed(1, 200).boxed().toList();

    @Test
    void samplingWithSameSeedGivesSameTargets() {
        SurveySampling sampling = new SurveySampling(SurveySampling.Mode.COUNT, 20, 42L);
        List<Long> first = sampling.pick(CANDIDATES);
        assertThat(first).hasSize(20).doesNotHaveDuplicates().isSorted().isSubsetOf(CANDIDATES);
        assertThat(new SurveySampling(SurveySampling.Mode.COUNT, 20, 42L).pick(CANDIDATES)).isEqualTo(first);
        assertThat(new SurveySampling(SurveySampling.Mode.COUNT, 20, 43L).pick(CANDIDATES)).isNotEqualTo(first);
    }

    @Test
    void percentSampleRoundsUpAndAllTakesEveryCandidate() {
        assertThat(new SurveySampling(SurveySampling.Mode.PERCENT, 10, 1L).pick(CANDIDATES)).hasSize(20);
        assertThat(new SurveySampling(SurveySampling.Mode.PERCENT, 1, 1L).targetCount(150)).isEqualTo(2);
        assertThat(new SurveySampling(SurveySampling.Mode.COUNT, 500, 1L).pick(CANDIDATES)).isEqualTo(CANDIDATES);
        assertThat(new SurveySampling(SurveySampling.Mode.ALL, null, 1L).pick(CANDIDATES)).isEqualTo(CANDIDATES);
    }

    @Test
    void sampleSizeMustBePositiveAndBounded() {
        assertThat(fields(SurveySampling.check(SurveySampling.Mode.COUNT, -1))).containsExactly("sampleSize");
        assertThat(fields(SurveySampling.check(SurveySampling.Mode.COUNT, 1_000_000))).containsExactly("sampleSize");
        assertThat(fields(SurveySampling.check(SurveySampling.Mode.PERCENT, 101))).containsExactly("sampleSize");
        assertThat(SurveySampling.check(SurveySampling.Mode.ALL, null)).isEmpty();
        assertThat(SurveySampling.check(SurveySampling.Mode.PERCENT, 100)).isEmpty();
    }

    @Test
    void ratingOutsideTheScaleOrAnUnknownOptionIsRefusedNamingTheQuestion() {
        SurveyForm form = form();
        Map<String, Object> answers = new HashMap<>(Map.of("satisfaction", 0, "recommend", "perhaps"));
        assertThatThrownBy(() -> form.read(answers)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                e -> assertThat(fields(problems(e))).containsExactlyInAnyOrder("answers.satisfaction",
                        "answers.recommend"));
        assertThatThrownBy(() -> form.read(Map.of("satisfaction", 99)))
                .isInstanceOf(DomainException.InvalidInput.class);
        SurveyForm.Answer ok = form.read(Map.of("satisfaction", 4, "recommend", "yes", "comment", "  很好 "));
        assertThat(ok.satisfaction()).isEqualTo(4);
        assertThat(ok.values()).containsEntry("comment", "很好");
    }

    @Test
    void templateWithTwoSatisfactionQuestionsOrAChoiceWithoutOptionsIsRefused() {
        SurveyForm.Question rating = new SurveyForm.Question("a", SurveyForm.Type.SCALE, "满意度", "Satisfaction", true,
                null, SurveyForm.Measures.SATISFACTION);
        SurveyForm.Question again = new SurveyForm.Question("b", SurveyForm.Type.SCALE, "满意度", "Satisfaction", true,
                null, SurveyForm.Measures.SATISFACTION);
        SurveyForm.Question choice = new SurveyForm.Question("c", SurveyForm.Type.CHOICE, "推荐", "Recommend", true,
                List.of(), null);
        assertThat(fields(SurveyForm.check("问卷", "Survey", List.of(rating, again, choice))))
                .containsExactlyInAnyOrder("questions", "questions[2].options");
    }

    /**
     * Seven targets; five answered with overall satisfaction 5, 4, 4, 2 and none (the question left out); two did
     * not answer. By hand: response rate 5 ÷ 7 = 0.7143; satisfied 3 (5, 4, 4) ÷ 4 rated = 0.7500; average
     * (5 + 4 + 4 + 2) ÷ 4 = 3.75.
     */
    @Test
    void satisfactionFollowsSeedFormula() {
        SurveySatisfaction figures = SurveySatisfaction.of(7, 5, 4, 3, 15);
        assertThat(figures.responseRate()).isEqualByComparingTo(new BigDecimal("0.7143"));
        assertThat(figures.satisfiedRate()).isEqualByComparingTo(new BigDecimal("0.7500"));
        assertThat(figures.averageScore()).isEqualByComparingTo(new BigDecimal("3.75"));
        SurveySatisfaction nobody = SurveySatisfaction.of(3, 0, 0, 0, 0);
        assertThat(nobody.responseRate()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(nobody.satisfiedRate()).as("no answer: no data, not 0 %").isNull();
        assertThat(nobody.averageScore()).isNull();
    }

    static SurveyForm form() {
        return new SurveyForm(1, 0, "delivery", 1, "交付满意度问卷", "After-delivery survey", List.of(
                new SurveyForm.Question("satisfaction", SurveyForm.Type.SCALE, "总体满意度", "Overall", true, null,
                        SurveyForm.Measures.SATISFACTION),
                new SurveyForm.Question("recommend", SurveyForm.Type.CHOICE, "推荐吗", "Recommend?", false, List.of(
                        new SurveyForm.Option("yes", "会", "Yes"), new SurveyForm.Option("no", "不会", "No")), null),
                new SurveyForm.Question("comment", SurveyForm.Type.TEXT, "意见", "Comment", false, null, null)),
                Instant.EPOCH, "system");
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> problems(DomainException e) {
        return (List<FieldProblem>) e.properties().get("errors");
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
