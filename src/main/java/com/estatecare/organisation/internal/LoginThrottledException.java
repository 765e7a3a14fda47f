package com.estatecare.organisation.internal;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address: refused until {@link #retryAt()}. */
class LoginThrottledException extends AuthenticationException {

    private final Instant retryAt;

    LoginThrottledException(Instant retryAt) {
        super("too many failed sign-ins");
        this.retryAt = retryAt;
    }

    Instant retryAt() {
        return retryAt;
    }
}
