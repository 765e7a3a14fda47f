package com.estatecare.portal.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/**
 * The rules of one-time sign-in codes, from configuration
 * ({@code estatecare.portal.code.*}): a code of six digits lives for
 * {@code validity}, is used once, and dies at the {@code maxWrongAttempts}-th
 * wrong guess; a phone gets a new code at most every {@code resendAfter} and
 * {@code maxPerPhonePerHour} an hour, a client address at most
 * {@code maxPerAddressPerHour} an hour.
 */
record CodeRules(Duration validity, int maxWrongAttempts, Duration resendAfter, int maxPerPhonePerHour,
        int maxPerAddressPerHour) {

    static final Duration HOUR = Duration.ofHours(1);

    /** Which limit refused a code; each is its own problem type. */
    enum Limit {
        RESEND_TOO_SOON("code-resend-too-soon"),
        PHONE_HOURLY("too-many-codes-for-phone"),
        ADDRESS_HOURLY("too-many-codes-from-address");

        final String problem;

        Limit(String problem) {
            this.problem = problem;
        }
    }

    /** A code refused until {@code retryAt}, by {@code limit}. */
    record Refusal(Limit limit, Instant retryAt) {
    }

    /** A code as stored: its hash, its life, and what happened to it. */
    record StoredCode(long id, String hash, Instant expiresAt, int wrongAttempts, Instant usedAt, Instant voidedAt) {
    }

    /** What one attempt to sign in with a code comes to. */
    enum Verdict {
        ACCEPTED, WRONG, WRONG_AND_VOIDED, EXPIRED, USED, VOIDED, NO_CODE;

        boolean countsAsWrongAttempt() {
            return this == WRONG || this == WRONG_AND_VOIDED;
        }
    }

    CodeRules {
        if (validity.isNegative() || validity.isZero() || resendAfter.isNegative() || maxWrongAttempts < 1
                || maxPerPhonePerHour < 1 || maxPerAddressPerHour < 1) {
            throw new IllegalArgumentException("sign-in codes need a validity, at least one attempt and one code an hour");
        }
    }

    /** Six digits, leading zeros included, every one of the million equally likely. */
    static String newCode(RandomGenerator random) {
        return "%06d".formatted(random.nextInt(1_000_000));
    }

    Instant expiresAt(Instant issuedAt) {
        return issuedAt.plus(validity);
    }

    /**
     * Whether a new code may be sent at {@code now}, given when the phone and
     * the client address asked before (any order; older than an hour is
     * ignored). When several limits refuse, the one that lasts longest speaks.
     */
    Optional<Refusal> refusal(List<Instant> forPhone, List<Instant> fromAddress, Instant now) {
        List<Refusal> refusals = new ArrayList<>();
        forPhone.stream().max(Comparator.naturalOrder()).map(last -> last.plus(resendAfter))
                .filter(now::isBefore).ifPresent(at -> refusals.add(new Refusal(Limit.RESEND_TOO_SOON, at)));
        hourly(forPhone, maxPerPhonePerHour, now).ifPresent(at -> refusals.add(new Refusal(Limit.PHONE_HOURLY, at)));
        hourly(fromAddress, maxPerAddressPerHour, now)
                .ifPresent(at -> refusals.add(new Refusal(Limit.ADDRESS_HOURLY, at)));
        return refusals.stream().max(Comparator.comparing(Refusal::retryAt));
    }

    /** When the hour holds {@code max} requests already: the moment enough of them have left it. */
    private static Optional<Instant> hourly(List<Instant> times, int max, Instant now) {
        List<Instant> within = times.stream().filter(t -> t.isAfter(now.minus(HOUR))).sorted().toList();
        return within.size() < max ? Optional.empty() : Optional.of(within.get(within.size() - max).plus(HOUR));
    }

    /**
     * The verdict on an attempt with the phone's newest code. {@code matches}
     * (the costly hash comparison) is asked only of a code still alive.
     */
    Verdict verdict(StoredCode code, BooleanSupplier matches, Instant now) {
        if (code == null) {
            return Verdict.NO_CODE;
        } else if (code.usedAt() != null) {
            return Verdict.USED;
        } else if (code.voidedAt() != null) {
            return Verdict.VOIDED;
        } else if (!now.isBefore(code.expiresAt())) {
            return Verdict.EXPIRED;
        } else if (matches.getAsBoolean()) {
            return Verdict.ACCEPTED;
        }
        return code.wrongAttempts() + 1 >= maxWrongAttempts ? Verdict.WRONG_AND_VOIDED : Verdict.WRONG;
    }
}
