package com.estatecare.organisation.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import com.estatecare.platform.Problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 as an RFC 9457 problem in the caller's language, with a Basic challenge
 * for API clients but not for the web apps' own calls ({@code X-Requested-With:
 * XMLHttpRequest}, as Spring Security's default does), on which a browser would
 * open its password dialog; 429 with {@code Retry-After} while sign-in is locked after
 * too many failures. Written by the platform's one problem builder.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

    private final Problems problems;
    private final Clock clock;

    ProblemEntryPoint(Problems problems, Clock clock) {
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Locale locale = Problems.locale(request.getHeader("Accept-Language"));
        if (e instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, Duration.between(Instant.now(clock), throttled.retryAt()).toSeconds());
            ProblemDetail problem = problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-failures",
                    locale, seconds);
            problem.setProperty("retryAfterSeconds", seconds);
            problem.setProperty("retryAt", throttled.retryAt().toString());
            response.setHeader("Retry-After", Long.toString(seconds));
            problems.write(response, problem);
            return;
        }
        if (e instanceof BasicSecondFactorFilter.SecondFactorBasicException) {
            problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "second-factor-basic", locale));
            return;
        }
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"EstateCare\"");
        }
        problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", locale));
    }
}
