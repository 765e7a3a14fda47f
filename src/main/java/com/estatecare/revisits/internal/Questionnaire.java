package com.estatecare.revisits.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
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
    static final int MAX_TEXT = 2000;
    static final int MAX_QUESTION_TEXT = 200;
    static final int SCALE_MIN = 1;
    static final int SCALE_MAX = 5;
    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");

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
     * a value of the wrong type, a scale outside 1–5, a text too long); satisfied when the overall satisfaction
     * reaches the policy's {@code satisfiedFrom}.
     */
    Outcome answer(Map<String, Object> given, RevisitPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Question> byKey = new LinkedHashMap<>();
        questions.forEach(q -> byKey.put(q.key(), q));
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Object> values = given == null ? Map.of() : given;
        if (values.size() > MAX_QUESTIONS) {
            throw DomainException.invalidInput(List.of(new FieldProblem("answers", "range", new Object[] { 0, MAX_QUESTIONS })));
        }
        for (String key : values.keySet()) {
            if (!byKey.containsKey(key)) {
                problems.add(FieldProblem.of("answers." + abbreviate(key), "unknown"));
            }
        }
        Integer satisfaction = null;
        Boolean followedUp = null;
        List<String> comments = new ArrayList<>();
        for (Question q : questions) {
            Object value = values.get(q.key());
            if (value == null || value instanceof String s && s.isBlank()) {
                if (q.required()) {
                    problems.add(FieldProblem.of("answers." + q.key(), "required"));
                }
                continue;
            }
            Object read = read(q, value, problems);
            if (read == null) {
                continue;
            }
            answers.put(q.key(), read);
            if (q.measures() == Measures.SATISFACTION) {
                satisfaction = (Integer) read;
            } else if (q.measures() == Measures.FOLLOWED_UP) {
                followedUp = (Boolean) read;
            } else if (q.type() == Type.TEXT) {
                comments.add((String) read);
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return new Outcome(satisfaction >= policy.satisfiedFrom(), satisfaction, followedUp,
                comments.isEmpty() ? null : String.join("\n", comments), answers);
    }

    private static Object read(Question q, Object value, List<FieldProblem> problems) {
        String field = "answers." + q.key();
        switch (q.type()) {
            case SCALE -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
                    problems.add(FieldProblem.of(field, "malformed"));
                    return null;
                }
                long n = ((Number) value).longValue();
                if (n < SCALE_MIN || n > SCALE_MAX) {
                    problems.add(new FieldProblem(field, "range", new Object[] { SCALE_MIN, SCALE_MAX }));
                    return null;
                }
                return (int) n;
            }
            case YES_NO -> {
                if (!(value instanceof Boolean)) {
                    problems.add(FieldProblem.of(field, "malformed"));
                    return null;
                }
                return value;
            }
            default -> {
                if (!(value instanceof String text)) {
                    problems.add(FieldProblem.of(field, "malformed"));
                    return null;
                }
                if (text.length() > MAX_TEXT) {
                    problems.add(new FieldProblem(field, "length", new Object[] { 0, MAX_TEXT }));
                    return null;
                }
                return text.strip();
            }
        }
    }

    private static String abbreviate(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }

    /** The problems that make a new version unworkable; field names relative to the template. */
    static List<FieldProblem> check(String name, String nameEn, List<Question> questions) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", name, true);
        text(problems, "nameEn", nameEn, true);
        if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", "range", new Object[] { 1, MAX_QUESTIONS }));
            return problems;
        }
        Set<String> keys = new HashSet<>();
        int satisfaction = 0;
        int followedUp = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                problems.add(FieldProblem.of(at, "required"));
                continue;
            }
            if (q.key() == null || !KEY.matcher(q.key()).matches()) {
                problems.add(FieldProblem.of(at + ".key", "malformed"));
            } else if (!keys.add(q.key())) {
                problems.add(FieldProblem.of(at + ".key", "duplicate"));
            }
            if (q.type() == null) {
                problems.add(FieldProblem.of(at + ".type", "required"));
            }
            text(problems, at + ".text", q.text(), true);
            text(problems, at + ".textEn", q.textEn(), true);
            if (q.measures() == Measures.SATISFACTION) {
                satisfaction++;
                expect(problems, at + ".type", q, Type.SCALE);
            } else if (q.measures() == Measures.FOLLOWED_UP) {
                followedUp++;
                expect(problems, at + ".type", q, Type.YES_NO);
            } else if (q.measures() == Measures.COMMENT) {
                expect(problems, at + ".type", q, Type.TEXT);
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

    private static void expect(List<FieldProblem> problems, String field, Question q, Type type) {
        if (q.type() != null && q.type() != type) {
            problems.add(new FieldProblem(field, "one-of", new Object[] { type }));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "required"));
            }
        } else if (value.length() > MAX_QUESTION_TEXT) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, MAX_QUESTION_TEXT }));
        }
    }
}
