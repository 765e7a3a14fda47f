package com.estatecare.surveys.internal;

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
    static final int MAX_OPTIONS = 10;
    static final int MAX_TEXT = 2000;
    static final int MAX_QUESTION_TEXT = 200;
    static final int SCALE_MIN = 1;
    static final int SCALE_MAX = 5;
    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");

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

    /** Reads an answer, every problem at once, naming {@code answers.<key>} and the reason. */
    Answer read(Map<String, Object> given) {
        Map<String, Object> values = given == null ? Map.of() : given;
        if (values.size() > MAX_QUESTIONS) {
            throw DomainException.invalidField("answers", "range", 0, MAX_QUESTIONS);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        questions.forEach(q -> keys.add(q.key()));
        values.keySet().stream().filter(k -> !keys.contains(k))
                .forEach(k -> problems.add(FieldProblem.of("answers." + abbreviate(k), "unknown")));
        Map<String, Object> answers = new LinkedHashMap<>();
        Integer satisfaction = null;
        for (Question q : questions) {
            Object value = values.get(q.key());
            if (value == null || value instanceof String s && s.isBlank()) {
                if (q.required()) {
                    problems.add(FieldProblem.of("answers." + q.key(), "required"));
                }
                continue;
            }
            Object read = value(q, value, problems);
            if (read != null) {
                answers.put(q.key(), read);
                if (q.measures() == Measures.SATISFACTION) {
                    satisfaction = (Integer) read;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return new Answer(answers, satisfaction);
    }

    private static Object value(Question q, Object value, List<FieldProblem> problems) {
        String field = "answers." + q.key();
        return switch (q.type()) {
            case SCALE -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
                    problems.add(FieldProblem.of(field, "malformed"));
                    yield null;
                }
                long n = ((Number) value).longValue();
                if (n < SCALE_MIN || n > SCALE_MAX) {
                    problems.add(new FieldProblem(field, "range", new Object[] { SCALE_MIN, SCALE_MAX }));
                    yield null;
                }
                yield (int) n;
            }
            case CHOICE -> {
                if (!(value instanceof String key) || q.options().stream().noneMatch(o -> o.key().equals(key))) {
                    problems.add(new FieldProblem(field, "one-of",
                            new Object[] { String.join(", ", q.options().stream().map(Option::key).toList()) }));
                    yield null;
                }
                yield key;
            }
            case TEXT -> {
                if (!(value instanceof String text)) {
                    problems.add(FieldProblem.of(field, "malformed"));
                    yield null;
                }
                if (text.length() > MAX_TEXT) {
                    problems.add(new FieldProblem(field, "length", new Object[] { 0, MAX_TEXT }));
                    yield null;
                }
                yield text.strip();
            }
        };
    }

    private static String abbreviate(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }

    /** The problems that make a new version unworkable; field names relative to the template. */
    static List<FieldProblem> check(String name, String nameEn, List<Question> questions) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", name);
        text(problems, "nameEn", nameEn);
        if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", "range", new Object[] { 1, MAX_QUESTIONS }));
            return problems;
        }
        Set<String> keys = new HashSet<>();
        int satisfaction = 0;
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
            text(problems, at + ".text", q.text());
            text(problems, at + ".textEn", q.textEn());
            options(problems, at, q);
            if (q.measures() == Measures.SATISFACTION) {
                satisfaction++;
                if (q.type() != Type.SCALE) {
                    problems.add(new FieldProblem(at + ".type", "one-of", new Object[] { Type.SCALE }));
                }
            }
        }
        if (satisfaction > 1) {
            problems.add(FieldProblem.of("questions", "at-most-one-satisfaction-question"));
        }
        return problems;
    }

    private static void options(List<FieldProblem> problems, String at, Question q) {
        List<Option> options = q.options();
        if (q.type() != Type.CHOICE) {
            if (options != null && !options.isEmpty()) {
                problems.add(FieldProblem.of(at + ".options", "not-allowed"));
            }
            return;
        }
        if (options == null || options.size() < 2 || options.size() > MAX_OPTIONS) {
            problems.add(new FieldProblem(at + ".options", "range", new Object[] { 2, MAX_OPTIONS }));
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            Option o = options.get(j);
            String field = at + ".options[" + j + "]";
            if (o == null || o.key() == null || !KEY.matcher(o.key()).matches()) {
                problems.add(FieldProblem.of(field + ".key", "malformed"));
                continue;
            }
            if (!keys.add(o.key())) {
                problems.add(FieldProblem.of(field + ".key", "duplicate"));
            }
            text(problems, field + ".text", o.text());
            text(problems, field + ".textEn", o.textEn());
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
        } else if (value.length() > MAX_QUESTION_TEXT) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, MAX_QUESTION_TEXT }));
        }
    }
}
