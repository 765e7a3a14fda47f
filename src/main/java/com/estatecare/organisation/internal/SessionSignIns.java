package com.estatecare.organisation.internal;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.SignInFailed;
import com.estatecare.organisation.SignIns;
import com.estatecare.organisation.SignedIn;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in by one-time code on the password's terms: the {@link LoginThrottle}
 * counts its failures, and a success goes through the session strategy and
 * the security-context repository of the one filter chain (handed over by
 * {@link SecurityConfiguration} once the chain is built), so the session and
 * its CSRF token are renewed exactly as after a password sign-in.
 */
@Component
class SessionSignIns implements SignIns {

    private static final Logger log = LoggerFactory.getLogger(SessionSignIns.class);

    private final LoginThrottle throttle;
    private final PrincipalLoader principals;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private volatile SessionAuthenticationStrategy sessions;
    private volatile SecurityContextRepository repository;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final SessionTracker tracker;

    SessionSignIns(LoginThrottle throttle, PrincipalLoader principals, ApplicationEventPublisher events,
            java.time.Clock clock, SessionTracker tracker) {
        this.tracker = tracker;
        this.events = events;
        this.clock = clock;
        this.throttle = throttle;
        this.principals = principals;
    }

    /** The filter chain's own session handling, once it is built. */
    void use(SessionAuthenticationStrategy sessions, SecurityContextRepository repository) {
        this.sessions = sessions;
        this.repository = repository;
    }

    /**
     * Forgets the authentication that the password just stored in the session: the person has a second factor
     * to give first, and until then the session is as anonymous as before the password.
     */
    void forget(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext empty = contexts.createEmptyContext();
        contexts.setContext(empty);
        repository.saveContext(empty, request, response);
    }

    @Override
    public Optional<Instant> lockedUntil(String subject, String address) {
        return throttle.lockedUntil(subject, address);
    }

    @Override
    public void failed(String subject, String shown, String address, String method) {
        throttle.failed(subject, address);
        log.warn("Failed sign-in: {} from {} by {}", shown, address, method);
        events.publishEvent(new SignInFailed(shown, method, address, "BAD_CREDENTIALS", clock.instant()));
    }

    @Override
    public void signIn(String subject, AccountView account, String method, HttpServletRequest request,
            HttpServletResponse response) {
        AccountPrincipal principal = principals.loadUserByUsername(account.username());
        if (!principal.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetails(request));
        sessions.onAuthentication(authentication, request, response);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        throttle.succeeded(subject);
        tracker.opened(account.id(), method, request);
        log.info("Signed in: user '{}' from {} by {}", account.username(), request.getRemoteAddr(), method);
        events.publishEvent(new SignedIn(account.id(), account.username(), method, request.getRemoteAddr(),
                clock.instant()));
    }
}
