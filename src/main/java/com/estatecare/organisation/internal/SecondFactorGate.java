package com.estatecare.organisation.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.SignedIn;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Between the password and the second factor. After a right password, a person with a second factor (or one whose
 * roles require it and who has none yet) is not signed in: the session forgets the authentication and holds only
 * who is half-way and what they must do next ({@link Step#CODE} or {@link Step#ENROL}), for five minutes. Every
 * endpoint but the second-factor step's own answers such a session 401, as before the password.
 */
@Component
class SecondFactorGate {

    static final String PENDING = SecondFactorGate.class.getName() + ".pending";
    static final Duration VALIDITY = Duration.ofMinutes(5);

    enum Step {
        /** Give the code of the authenticator app, or a recovery code. */
        CODE,
        /** Enrol an authenticator app first: the account's roles require one. */
        ENROL
    }

    record Pending(long accountId, String username, Step step, Instant until) implements Serializable {
    }

    private final SecondFactors factors;
    private final SessionSignIns signIns;
    private final SessionTracker tracker;
    private final PrincipalLoader principals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactorGate(SecondFactors factors, SessionSignIns signIns, SessionTracker tracker,
            PrincipalLoader principals, ApplicationEventPublisher events, Clock clock) {
        this.factors = factors;
        this.signIns = signIns;
        this.tracker = tracker;
        this.principals = principals;
        this.events = events;
        this.clock = clock;
    }

    /** The form login's success: signed in (204), or half-way with the next step named (200). */
    void afterPassword(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (!(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        CurrentUser user = principal.user();
        Step step = factors.enabled(user.accountId()) ? Step.CODE : factors.required(user) ? Step.ENROL : null;
        if (step == null) {
            tracker.opened(user.accountId(), "password", request);
            events.publishEvent(new SignedIn(user.accountId(), user.username(), "password", request.getRemoteAddr(),
                    clock.instant()));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        signIns.forget(request, response);
        request.getSession().setAttribute(PENDING,
                new Pending(user.accountId(), user.username(), step, clock.instant().plus(VALIDITY)));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.getWriter().write("{\"secondFactor\":\"" + step.name() + "\"}");
    }

    /** Who is half-way in this request's session, at which step; empty when nobody is or the five minutes passed. */
    Optional<Pending> pending(HttpServletRequest request, Step step) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (pending.until().isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending).filter(p -> p.step() == step);
    }

    CurrentUser user(Pending pending) {
        return principals.byId(pending.accountId()).filter(AccountPrincipal::enabled).map(AccountPrincipal::user)
                .orElseThrow(() -> new org.springframework.security.authentication.DisabledException("disabled"));
    }

    /** The second factor was given: the session is signed in (new id, new XSRF token), as by a password alone. */
    void complete(Pending pending, String method, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(PENDING);
        CurrentUser user = user(pending);
        signIns.signIn(user.username(), new AccountView(user.accountId(), user.username(), user.displayName(),
                user.orgNodeId(), user.roles(), user.customerId(), user.department()), method, request, response);
    }
}
