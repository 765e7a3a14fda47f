package com.estatecare.retention;

import java.time.Instant;

/**
 * The legal hold of a record as the API shows it: {@code held} false when there is none (the other fields then say
 * who released the last one, if any).
 */
public record LegalHold(boolean held, String reason, String by, Instant at) {

    /** The longest reason kept. */
    public static final int REASON_MAX = 500;

    public static LegalHold none() {
        return new LegalHold(false, null, null, null);
    }
}
