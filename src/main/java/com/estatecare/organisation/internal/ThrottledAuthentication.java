package com.estatecare.organisation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import com.estatecare.organisation.SignInFailed;

/**
 * Sign-in by password (HTTP Basic and the session form) with a defence against
 * guessing: a locked account or address is refused before the password is
 * checked, and every failure is counted and logged with the user name and the
 * client address — never the password — and told to the audit log ({@link SignInFailed}).
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);
    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThrottledAuthentication(AuthenticationProvider passwordCheck, LoginThrottle throttle,
            ApplicationEventPublisher events, Clock clock) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            log.warn("Sign-in refused while locked: user '{}' from {} until {}", printable(username), address,
                    locked.get());
            failed(username, address, "LOCKED");
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication authenticated = passwordCheck.authenticate(attempt);
            throttle.succeeded(username);
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            log.warn("Failed sign-in: user '{}' from {}", printable(username), address);
            failed(username, address, "BAD_CREDENTIALS");
            throw e;
        } catch (AccountStatusException e) {
            failed(username, address, "DISABLED");
            throw e;
        }
    }

    private void failed(String username, String address, String reason) {
        events.publishEvent(new SignInFailed(printable(username), "password", address, reason, clock.instant()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    /**
     * A user name as typed, without line breaks or other control characters that could forge log lines, and
     * with any run of seven or more digits (a phone number typed as the name) masked to its last four.
     */
    static String printable(String username) {
        String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        name = java.util.regex.Pattern.compile("\\d{7,}").matcher(name)
                .replaceAll(m -> "*".repeat(m.group().length() - 4) + m.group().substring(m.group().length() - 4));
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }
}
