package com.estatecare.retention;

import com.estatecare.platform.DomainException;

/** A legal hold and its release each need a reason (why the record must be kept, or may go again), of bounded length. */
public final class LegalHoldReason {

    private LegalHoldReason() {
    }

    /** The reason trimmed, or a 400 problem naming {@code reason}: missing or blank, or longer than {@value LegalHold#REASON_MAX}. */
    public static String check(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField("reason", "required");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > LegalHold.REASON_MAX) {
            throw DomainException.invalidField("reason", "length", 1, LegalHold.REASON_MAX);
        }
        return trimmed;
    }
}
