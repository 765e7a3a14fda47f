package com.estatecare.organisation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 as an RFC 9457 problem in the caller's language, with a Basic challenge for API clients. */
class ProblemEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;

    ProblemEntryPoint(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String title = messages.getMessage("problem.unauthorized.title", null, locale);
        String detail = messages.getMessage("problem.unauthorized.detail", null, locale);
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"EstateCare\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"urn:estatecare:problem:unauthorized\",\"title\":\"" + title
                + "\",\"status\":401,\"detail\":\"" + detail + "\"}");
    }
}
