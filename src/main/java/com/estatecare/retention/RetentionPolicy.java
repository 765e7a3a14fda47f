package com.estatecare.retention;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How many months each kind of personal data is kept (留存期限), a versioned policy an administrator changes at
 * {@code PUT /api/v1/policies/retention}; a company may have its own. The audit log is not in it: it is kept for
 * ever (docs/security.md says why).
 *
 * @param callRecordingsMonths   a request's call recording reference (通话录音), from the call
 * @param photosMonthsAfterClose a request's photos and documents, from the day it was archived or cancelled
 * @param closedRequestsMonths   an archived or cancelled request's personal text, from the day it was closed; then
 *                               it is anonymised (category, dates, grade and figures stay for the reports)
 * @param prospectsMonths        a prospect who never owned a unit (潜在客户), from their last change or request
 */
public record RetentionPolicy(int callRecordingsMonths, int photosMonthsAfterClose, int closedRequestsMonths,
        int prospectsMonths) {

    /** What stands where personal text was removed (the timeline's trigger lets an update write only this, or null). */
    public static final String ANONYMISED = "[已匿名]";

    /** Fifty years: more is no retention period. */
    public static final int MAX_MONTHS = 600;

    public static RetentionPolicy defaults() {
        return new RetentionPolicy(12, 36, 60, 24);
    }

    /** What was last touched before this instant is past a period of {@code months} at {@code now}. */
    public static Instant cutoff(int months, Instant now, ZoneId zone) {
        return now.atZone(zone).minusMonths(months).toInstant();
    }
}
