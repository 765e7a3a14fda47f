package com.estatecare.revisits.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.QuestionnaireChecker;
import com.estatecare.platform.QuestionnaireChecker.Item;
import com.estatecare.revisits.RevisitPolicy;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A revisit questionnaire template (回访问卷), one version of it: its questions, and the rule that reads an
 * answer. Exactly one question measures the overall satisfaction (a 1–5 scale); at most one whether the
 * first-contact department followed up (yes/no); text answers are the comment.
 */
@Schema(name = "RevisitTemplate")
record Questionnaire(long id, long companyId, String code, int version, String name, String nameEn,
        List<Question> questions, Instant changedAt, String changedBy) {

    static final int MAX_QUESTIONS = 20;
    static final int MAX_TEXT = QuestionnaireChecker.MAX_TEXT;

    /** How a question is answered. */
    enum Type {
        SCALE, YES_NO, TEXT
    }

    /** What an answer counts for. */
    enum Measures {
        SATISFACTION, FOLLOWED_UP, COMMENT
    }

    @Schema(name = "RevisitQuestion")
    record Question(String key, Type type, String text, String textEn, boolean required, Measures measures) {
    }

    /** What an answer decided: satisfied or not by the policy, and the facts the request records. */
    record Outcome(boolean satisfied, int satisfaction, Boolean followedUp, String comment,
            Map<String, Object> answers) {
    }

    /**
     * Reads the answers to this questionnaire, every problem at once (unknown questions, missing required ones,
     * a value of the wrong type, a scale outside 1–5, a text too long: {@link QuestionnaireChecker}); satisfied
     * when the overall satisfaction reaches the policy's {@code satisfiedFrom}.
     */
    Outcome answer(Map<String, Object> given, RevisitPolicy policy) {
        Map<String, Object> answers = QuestionnaireChecker.readAnswers(items(questions), given, MAX_QUESTIONS);
        Integer satisfaction = null;
        Boolean followedUp = null;
        List<String> comments = new ArrayList<>();
        for (Question q : questions) {
            Object read = answers.get(q.key());
            if (read == null) {
                continue;
            }
            if (q.measures() == Measures.SATISFACTION) {
                satisfaction = (Integer) read;
            } else if (q.measures() == Measures.FOLLOWED_UP) {
                followedUp = (Boolean) read;
            } else if (q.type() == Type.TEXT) {
                comments.add((String) read);
            }
        }
        return new Outcome(satisfaction >= policy.satisfiedFrom(), satisfaction, followedUp,
                comments.isEmpty() ? null : String.join("\n", comments), answers);
    }

    /**
     * The problems that make a new version unworkable, field names relative to the template: those of every
     * questionnaire ({@link QuestionnaireChecker#checkTemplate}), and exactly one required satisfaction question
     * (a scale), at most one follow-up question (yes/no), comments as text.
     */
    static List<FieldProblem> check(String name, String nameEn, List<Question> questions) {
        List<FieldProblem> problems = new ArrayList<>(QuestionnaireChecker.checkTemplate(name, nameEn,
                questions == null ? null : items(questions), MAX_QUESTIONS));
        if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            return problems;
        }
        int satisfaction = 0;
        int followedUp = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + i + "].type";
            if (q == null) {
                continue;
            }
            if (q.measures() == Measures.SATISFACTION) {
                satisfaction++;
                expect(problems, at, q, Type.SCALE);
            } else if (q.measures() == Measures.FOLLOWED_UP) {
                followedUp++;
                expect(problems, at, q, Type.YES_NO);
            } else if (q.measures() == Measures.COMMENT) {
                expect(problems, at, q, Type.TEXT);
            }
        }
        if (satisfaction != 1) {
            problems.add(FieldProblem.of("questions", "single-satisfaction-question"));
        } else if (questions.stream().anyMatch(q -> q != null && q.measures() == Measures.SATISFACTION && !q.required())) {
            problems.add(FieldProblem.of("questions", "single-satisfaction-question"));
        }
        if (followedUp > 1) {
            problems.add(FieldProblem.of("questions", "single-follow-up-question"));
        }
        return problems;
    }

    private static List<Item> items(List<Question> questions) {
        return questions.stream().map(q -> q == null ? null : new Item(q.key(),
                q.type() == null ? null : QuestionnaireChecker.Kind.valueOf(q.type().name()), q.text(), q.textEn(),
                q.required(), null)).toList();
    }

    private static void expect(List<FieldProblem> problems, String field, Question q, Type type) {
        if (q.type() != null && q.type() != type) {
            problems.add(new FieldProblem(field, "one-of", new Object[] { type }));
        }
    }
}
