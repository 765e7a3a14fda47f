package com.estatecare.surveys.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.QuestionnaireChecker;
import com.estatecare.platform.QuestionnaireChecker.Choice;
import com.estatecare.platform.QuestionnaireChecker.Item;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One version of a survey template (满意度问卷): its questions and the rule that reads an answer. A rating is on
 * the 1–5 scale of the revisit questionnaire and the owners' rating (5 very satisfied … 1 very dissatisfied); at
 * most one rating measures the overall satisfaction the figures count (docs/kpis.md).
 */
@Schema(name = "SurveyTemplate")
record SurveyForm(long id, long companyId, String code, int version, String name, String nameEn,
        List<Question> questions, Instant changedAt, String changedBy) {

    static final int MAX_QUESTIONS = 30;
    static final int SCALE_MIN = QuestionnaireChecker.SCALE_MIN;
    static final int SCALE_MAX = QuestionnaireChecker.SCALE_MAX;

    enum Type {
        SCALE, CHOICE, TEXT
    }

    enum Measures {
        SATISFACTION
    }

    @Schema(name = "SurveyOption")
    record Option(String key, String text, String textEn) {
    }

    @Schema(name = "SurveyQuestion")
    record Question(String key, Type type, String text, String textEn, boolean required, List<Option> options,
            Measures measures) {
    }

    /** What an answer holds: the values per question, and the overall satisfaction if the form measures it. */
    record Answer(Map<String, Object> values, Integer satisfaction) {
    }

    /** Reads an answer, every problem at once, naming {@code answers.<key>} and the reason ({@link QuestionnaireChecker}). */
    Answer read(Map<String, Object> given) {
        Map<String, Object> answers = QuestionnaireChecker.readAnswers(items(questions), given, MAX_QUESTIONS);
        Integer satisfaction = null;
        for (Question q : questions) {
            if (q.measures() == Measures.SATISFACTION && answers.get(q.key()) instanceof Integer rating) {
                satisfaction = rating;
            }
        }
        return new Answer(answers, satisfaction);
    }

    /**
     * The problems that make a new version unworkable, field names relative to the template: those of every
     * questionnaire ({@link QuestionnaireChecker#checkTemplate}), and at most one satisfaction question, a scale.
     */
    static List<FieldProblem> check(String name, String nameEn, List<Question> questions) {
        List<FieldProblem> problems = new ArrayList<>(QuestionnaireChecker.checkTemplate(name, nameEn,
                questions == null ? null : items(questions), MAX_QUESTIONS));
        if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            return problems;
        }
        int satisfaction = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q != null && q.measures() == Measures.SATISFACTION) {
                satisfaction++;
                if (q.type() != Type.SCALE) {
                    problems.add(new FieldProblem("questions[" + i + "].type", "one-of", new Object[] { Type.SCALE }));
                }
            }
        }
        if (satisfaction > 1) {
            problems.add(FieldProblem.of("questions", "at-most-one-satisfaction-question"));
        }
        return problems;
    }

    private static List<Item> items(List<Question> questions) {
        return questions.stream().map(q -> q == null ? null : new Item(q.key(),
                q.type() == null ? null : QuestionnaireChecker.Kind.valueOf(q.type().name()), q.text(), q.textEn(),
                q.required(), q.options() == null ? null : q.options().stream()
                        .map(o -> o == null ? null : new Choice(o.key(), o.text(), o.textEn())).toList()))
                .toList();
    }
}
