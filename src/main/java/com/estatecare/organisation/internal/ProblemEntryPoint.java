package com.estatecare.organisation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 as an RFC 9457 problem in the caller's language, with a Basic challenge
 * for API clients; 429 with {@code Retry-After} while sign-in is locked after
 * too many failures.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;
    private final Clock clock;

    ProblemEntryPoint(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (e instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, Duration.between(Instant.now(clock), throttled.retryAt()).toSeconds());
            String title = messages.getMessage("problem.too-many-sign-in-failures.title", null, locale);
            String detail = messages.getMessage("problem.too-many-sign-in-failures.detail", new Object[] { seconds },
                    locale);
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.getWriter().write("{\"type\":\"urn:estatecare:problem:too-many-sign-in-failures\",\"title\":\""
                    + title + "\",\"status\":429,\"detail\":\"" + detail + "\",\"retryAfterSeconds\":" + seconds
                    + ",\"retryAt\":\"" + throttled.retryAt() + "\"}");
            return;
        }
        String title = messages.getMessage("problem.unauthorized.title", null, locale);
        String detail = messages.getMessage("problem.unauthorized.detail", null, locale);
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"EstateCare\"");
        response.getWriter().write("{\"type\":\"urn:estatecare:problem:unauthorized\",\"title\":\"" + title
                + "\",\"status\":401,\"detail\":\"" + detail + "\"}");
    }
}
