package com.estatecare.organisation;

import java.time.Instant;

/**
 * A sign-in was refused: a wrong password or code, a locked or disabled account. {@code subject} is what the
 * caller signed in as, printable and masked (a user name as typed, a phone number as {@code 138****5678});
 * {@code reason} names why ({@code BAD_CREDENTIALS}, {@code LOCKED}, {@code DISABLED}).
 */
public record SignInFailed(String subject, String method, String address, String reason, Instant at) {
}
