package com.estatecare.organisation.internal;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The session's security context, except for a request that carries an
 * {@code Authorization} header: that request is authenticated by its header
 * alone (a bad one is refused, whatever session cookie comes with it), and
 * nothing it does is stored in the session.
 */
class HeaderFirstSecurityContextRepository implements SecurityContextRepository {

    private final SecurityContextRepository session = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SecurityContextRepository request = new RequestAttributeSecurityContextRepository();

    static boolean hasAuthorizationHeader(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }

    private SecurityContextRepository delegate(HttpServletRequest httpRequest) {
        return hasAuthorizationHeader(httpRequest) ? request : session;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        return hasAuthorizationHeader(holder.getRequest()) ? SecurityContextHolder.createEmptyContext()
                : session.loadContext(holder);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest httpRequest) {
        return delegate(httpRequest).loadDeferredContext(httpRequest);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest httpRequest, HttpServletResponse response) {
        delegate(httpRequest).saveContext(context, httpRequest, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest httpRequest) {
        return delegate(httpRequest).containsContext(httpRequest);
    }
}
