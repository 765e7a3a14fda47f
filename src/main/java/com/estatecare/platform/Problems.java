package com.estatecare.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the application's RFC 9457 problems: a stable type
 * ({@code urn:estatecare:problem:<code>}), title and detail translated from
 * {@code problem.<code>.title/detail}, and field problems with a translated
 * reason each. Used by the MVC exception handler, the error page, the
 * security firewall's refusals, the sign-in entry point and Tomcat's own error
 * reports, so that every error the application or its container sends looks
 * the same.
 */
@Component
public class Problems {

    /** The problem code of an error that carries nothing but its HTTP status. */
    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, "bad-request"), Map.entry(401, "unauthorized"), Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"), Map.entry(413, "payload-too-large"), Map.entry(414, "uri-too-long"),
            Map.entry(415, "unsupported-media-type"), Map.entry(431, "headers-too-large"));

    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public static String codeFor(int status) {
        return status >= 500 ? "internal-error" : BY_STATUS.getOrDefault(status, "http-error");
    }

    public ProblemDetail problem(HttpStatusCode status, String code, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:estatecare:problem:" + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, code, locale));
        problem.setDetail(messages.getMessage("problem." + code + ".detail", arguments, null, locale));
        return problem;
    }

    /**
     * The problem for an error answered outside Spring MVC (the error page, the container's report): in the
     * request's language; when not one header was read (every client sends {@code Host}), the container refused
     * the request line itself — longer than {@code server.max-http-request-header-size}, or unreadable — and the
     * language is unknown, so it is said in every supported language.
     */
    public ProblemDetail outsideTheApplication(int status, HttpServletRequest request) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        if (status == 400 && !request.getHeaderNames().hasMoreElements()) {
            return inEveryLanguage(code, "unreadable-request");
        }
        return problem(code, codeFor(status), locale(request.getHeader("Accept-Language")));
    }

    /** A problem for a request whose language is unknown: title and detail in each supported language. */
    private ProblemDetail inEveryLanguage(HttpStatusCode status, String code) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:estatecare:problem:" + code));
        problem.setTitle(SUPPORTED.stream().map(l -> messages.getMessage("problem." + code + ".title", null, code, l))
                .collect(Collectors.joining(" / ")));
        problem.setDetail(SUPPORTED.stream().map(l -> messages.getMessage("problem." + code + ".detail", null, l))
                .collect(Collectors.joining(" / ")));
        return problem;
    }

    public List<Map<String, String>> translate(List<FieldProblem> fields, Locale locale) {
        return fields.stream().map(f -> Map.of(
                "field", f.field(),
                "reason", f.reasonCode().startsWith("@")
                        ? f.reasonCode().substring(1)
                        : messages.getMessage("field.reason." + f.reasonCode(), f.arguments(), f.reasonCode(), locale)))
                .toList();
    }

    /**
     * The language of an answer given outside Spring MVC (no locale resolver
     * ran): English when the client prefers it, else Simplified Chinese, as
     * the application's locale resolver decides.
     */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best == null ? Locale.SIMPLIFIED_CHINESE : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    /** Writes a problem where no message converter is at hand (filters, the container). */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(problem));
        response.getWriter().flush();
    }

    public static String json(ProblemDetail problem) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return JSON.writeValueAsString(body);
    }
}
