package com.estatecare.organisation.internal;

import java.util.function.Supplier;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSRF token of a single-page application ({@code csrf.spa()}: the token
 * XOR-masked when rendered, read plain from the {@code X-XSRF-TOKEN} header),
 * handed out only to browsers. A request with an {@code Authorization} header
 * is authenticated by that header alone and needs no CSRF token: it gets none,
 * so that an API client's call does not generate a random token and set an
 * {@code XSRF-TOKEN} cookie on every answer (1.7 % of an intake's request-thread
 * CPU, docs/performance.md, round 5).
 */
final class BrowserCsrfTokens implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestAttributeHandler xor = new XorCsrfTokenRequestAttributeHandler();

    BrowserCsrfTokens() {
        xor.setCsrfRequestAttributeName(null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        if (!HeaderFirstSecurityContextRepository.hasAuthorizationHeader(request)) {
            xor.handle(request, response, csrfToken);
        }
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        String header = request.getHeader(csrfToken.getHeaderName());
        return (StringUtils.hasText(header) ? plain : xor).resolveCsrfTokenValue(request, csrfToken);
    }
}
