package com.estatecare.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every questionnaire of the product shares (回访问卷, 满意度问卷): a template's names, questions, keys,
 * kinds, texts and choices, and an answer's values — unknown questions, required ones missing, a value of the
 * wrong kind, a rating outside 1–5, a choice not offered, a text too long — each problem at once, named
 * {@code answers.<key>} or {@code questions[i].<field>}. Each module keeps its own types and what its questions
 * measure, and hands its questions over as {@link Item}s.
 */
public final class QuestionnaireChecker {

    /** How a question is answered. */
    public enum Kind {
        /** A rating from {@value #SCALE_MIN} to {@value #SCALE_MAX} (5 very satisfied … 1 very dissatisfied). */
        SCALE,
        /** Yes or no. */
        YES_NO,
        /** One of the question's choices, by its key. */
        CHOICE,
        /** Free text of at most {@value #MAX_TEXT} characters. */
        TEXT
    }

    /** One offered choice of a {@link Kind#CHOICE} question. */
    public record Choice(String key, String text, String textEn) {
    }

    /** One question as the checks see it; {@code kind} null when the template gave none. */
    public record Item(String key, Kind kind, String text, String textEn, boolean required, List<Choice> choices) {
    }

    public static final int MAX_TEXT = 2000;
    public static final int MAX_QUESTION_TEXT = 200;
    public static final int MAX_CHOICES = 10;
    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;
    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");
    private static final int KEY_SHOWN = 40;

    private QuestionnaireChecker() {
    }

    /**
     * The answers read against {@code items}, in the questions' order (ratings as {@code Integer}, texts stripped,
     * blank answers left out), or a 400 problem listing every problem; more than {@code maxQuestions} answers is
     * refused before any is read.
     */
    public static Map<String, Object> readAnswers(List<Item> items, Map<String, Object> given, int maxQuestions) {
        Map<String, Object> values = given == null ? Map.of() : given;
        if (values.size() > maxQuestions) {
            throw DomainException.invalidField("answers", "range", 0, maxQuestions);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        items.forEach(q -> keys.add(q.key()));
        values.keySet().stream().filter(k -> !keys.contains(k))
                .forEach(k -> problems.add(FieldProblem.of("answers." + abbreviate(k), "unknown")));
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Item q : items) {
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
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return answers;
    }

    private static Object value(Item q, Object value, List<FieldProblem> problems) {
        String field = "answers." + q.key();
        return switch (q.kind()) {
            case SCALE -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
                    yield problem(problems, FieldProblem.of(field, "malformed"));
                }
                long n = ((Number) value).longValue();
                yield n < SCALE_MIN || n > SCALE_MAX
                        ? problem(problems, new FieldProblem(field, "range", new Object[] { SCALE_MIN, SCALE_MAX }))
                        : (Object) (int) n;
            }
            case YES_NO -> value instanceof Boolean ? value : problem(problems, FieldProblem.of(field, "malformed"));
            case CHOICE -> value instanceof String key && q.choices().stream().anyMatch(c -> c.key().equals(key))
                    ? key
                    : problem(problems, new FieldProblem(field, "one-of",
                            new Object[] { String.join(", ", q.choices().stream().map(Choice::key).toList()) }));
            case TEXT -> {
                if (!(value instanceof String text)) {
                    yield problem(problems, FieldProblem.of(field, "malformed"));
                }
                yield text.length() > MAX_TEXT
                        ? problem(problems, new FieldProblem(field, "length", new Object[] { 0, MAX_TEXT }))
                        : text.strip();
            }
        };
    }

    private static Object problem(List<FieldProblem> problems, FieldProblem problem) {
        problems.add(problem);
        return null;
    }

    private static String abbreviate(String key) {
        return key.length() > KEY_SHOWN ? key.substring(0, KEY_SHOWN) + "…" : key;
    }

    /**
     * What makes a template unworkable, field names relative to it: a name missing or too long, no questions or
     * more than {@code maxQuestions}; per question ({@code null} items stand for missing questions) a malformed or
     * repeated key, no kind, a text missing or too long, choices on a question that offers none, and for a choice
     * question 2 to {@value #MAX_CHOICES} choices with well-formed distinct keys and texts.
     */
    public static List<FieldProblem> checkTemplate(String name, String nameEn, List<Item> items, int maxQuestions) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", name);
        text(problems, "nameEn", nameEn);
        if (items == null || items.isEmpty() || items.size() > maxQuestions) {
            problems.add(new FieldProblem("questions", "range", new Object[] { 1, maxQuestions }));
            return problems;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item q = items.get(i);
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
            if (q.kind() == null) {
                problems.add(FieldProblem.of(at + ".type", "required"));
            }
            text(problems, at + ".text", q.text());
            text(problems, at + ".textEn", q.textEn());
            choices(problems, at, q);
        }
        return problems;
    }

    private static void choices(List<FieldProblem> problems, String at, Item q) {
        List<Choice> choices = q.choices();
        if (q.kind() != Kind.CHOICE) {
            if (choices != null && !choices.isEmpty()) {
                problems.add(FieldProblem.of(at + ".options", "not-allowed"));
            }
            return;
        }
        if (choices == null || choices.size() < 2 || choices.size() > MAX_CHOICES) {
            problems.add(new FieldProblem(at + ".options", "range", new Object[] { 2, MAX_CHOICES }));
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int j = 0; j < choices.size(); j++) {
            Choice c = choices.get(j);
            String field = at + ".options[" + j + "]";
            if (c == null || c.key() == null || !KEY.matcher(c.key()).matches()) {
                problems.add(FieldProblem.of(field + ".key", "malformed"));
                continue;
            }
            if (!keys.add(c.key())) {
                problems.add(FieldProblem.of(field + ".key", "duplicate"));
            }
            text(problems, field + ".text", c.text());
            text(problems, field + ".textEn", c.textEn());
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
