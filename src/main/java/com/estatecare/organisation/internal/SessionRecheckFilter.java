package com.estatecare.organisation.internal;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A browser session holds the account as it was at sign-in; this reads it again
 * every {@code estatecare.security.token-recheck} (as a token's) and at once
 * after an administrator changed it on this instance. A disabled or deleted
 * account's session ends (the request goes on unauthenticated: a 401 for the
 * API); changed roles or node take effect in the session. A session revoked by its
 * person or an administrator ({@link SessionTracker}) ends the same way.
 */
class SessionRecheckFilter extends OncePerRequestFilter {

    static final String READ_AT = SessionRecheckFilter.class.getName() + ".readAt";

    private final PrincipalLoader loader;
    private final SecurityContextRepository contexts;
    private final SessionTracker tracker;

    SessionRecheckFilter(PrincipalLoader loader, SecurityContextRepository contexts, SessionTracker tracker) {
        this.tracker = tracker;
        this.loader = loader;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !HeaderFirstSecurityContextRepository.hasAuthorizationHeader(request)) {
            recheck(request, response, session);
        }
        chain.doFilter(request, response);
    }

    private void recheck(HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal held)) {
            return;
        }
        long now = System.nanoTime();
        Object readAt = session.getAttribute(READ_AT);
        long accountId = held.user().accountId();
        if (readAt instanceof Long at && !loader.stale(accountId, at, now)) {
            return;
        }
        Optional<AccountPrincipal> fresh = loader.byId(accountId).filter(AccountPrincipal::enabled);
        if (fresh.isEmpty() || !tracker.stillOpen(session, now)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return;
        }
        if (!fresh.get().user().equals(held.user())) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh.get(), null,
                    fresh.get().getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        session.setAttribute(READ_AT, now);
    }
}
