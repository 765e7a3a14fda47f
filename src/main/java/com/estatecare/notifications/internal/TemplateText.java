package com.estatecare.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.estatecare.platform.FieldProblem;

/**
 * A template's text: {@code {name}} stands for a value of the message (the request number, the unit, a time);
 * other braces are not allowed. Checked when an administrator saves it, rendered when a message is queued.
 */
final class TemplateText {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 1000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]{1,30})}");

    private TemplateText() {
    }

    /** What is wrong with a subject and body for this kind (empty: nothing). */
    static List<FieldProblem> problems(MessageKind kind, String subject, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        check("subject", subject, MAX_SUBJECT, kind, problems);
        check("body", body, MAX_BODY, kind, problems);
        return problems;
    }

    private static void check(String field, String text, int max, MessageKind kind, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
            return;
        }
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, max }));
            return;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            if (!kind.placeholders().contains(matcher.group(1))) {
                problems.add(new FieldProblem(field, "placeholder",
                        new Object[] { matcher.group(1), String.join(", ", kind.placeholders()) }));
                return;
            }
            matcher.appendReplacement(rest, "");
        }
        matcher.appendTail(rest);
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            problems.add(new FieldProblem(field, "placeholder-brace",
                    new Object[] { String.join(", ", kind.placeholders()) }));
        }
    }

    /** The text with each placeholder replaced by its value (empty when the message has none). */
    static String render(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
