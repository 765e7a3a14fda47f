package com.estatecare.organisation.internal;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic carries a password and nothing else: for an account with a second factor, or whose roles require one,
 * it would open the API by the password alone. Such a call is refused (401 {@code second-factor-basic}); the person
 * signs in in the browser with both factors and issues a personal access token there for their API client.
 */
class BasicSecondFactorFilter extends OncePerRequestFilter {

    /** The refusal, for the entry point to name. */
    static final class SecondFactorBasicException extends AuthenticationException {
        SecondFactorBasicException() {
            super("HTTP Basic is refused for an account with a second factor");
        }
    }

    private final SecondFactors factors;
    private final AuthenticationEntryPoint entryPoint;

    BasicSecondFactorFilter(SecondFactors factors, AuthenticationEntryPoint entryPoint) {
        this.factors = factors;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
                && authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && (factors.required(principal.user()) || factors.enabled(principal.user().accountId()))) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new SecondFactorBasicException());
            return;
        }
        chain.doFilter(request, response);
    }
}
