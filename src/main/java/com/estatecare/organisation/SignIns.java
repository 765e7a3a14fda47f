package com.estatecare.organisation;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in by other means than a password (an owner's one-time code), held to
 * the same rules as the password: failures are counted by the same throttle
 * per subject and per client address, a success opens the same browser
 * session (new session id, fresh XSRF token), and both are logged the same way.
 * The subject is what the caller signs in with (e.g. a phone number's key),
 * never a secret.
 */
public interface SignIns {

    /** Until when sign-in for this subject or from this address is refused, if it is. */
    Optional<Instant> lockedUntil(String subject, String address);

    /** One failed attempt, counted and logged with {@code shown} (a masked value) instead of the subject. */
    void failed(String subject, String shown, String address, String method);

    /**
     * Opens the browser session of this account exactly as a password sign-in
     * at {@code POST /api/v1/session} does, and clears the subject's failures.
     */
    void signIn(String subject, AccountView account, String method, HttpServletRequest request,
            HttpServletResponse response);
}
