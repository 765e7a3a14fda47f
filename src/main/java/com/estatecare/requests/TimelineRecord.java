package com.estatecare.requests;

import java.time.Instant;
import java.util.Map;

/**
 * An event of another module that belongs on a request's timeline: a grade, a
 * breached clock, an escalation, a fine, a consultation, paused clocks. The
 * rule module publishes it; {@code requests} writes it as an internal entry in
 * the publisher's transaction, so the record is atomic with the decision and no
 * other module writes request data (data flows one way, by events); the
 * customer reads it only when it is their own message ({@link #timelineVisibility()}).
 * {@code actorId} is {@code null} when EstateCare itself decided; then
 * {@code actorName} names the rule (for example 累计处罚制).
 */
public interface TimelineRecord {

    long requestId();

    Instant at();

    Long actorId();

    String actorName();

    /** The timeline's action, for example {@code GRADE} or {@code TIME_LIMIT_BREACHED}. */
    String timelineAction();

    /** Free text for the entry, or {@code null}. */
    String timelineNote();

    /** The facts of the decision (reason codes, policy version, ...). */
    Map<String, Object> timelineDetails();

    /**
     * Who reads the entry: staff only, unless the record is the customer's own word (a message they sent by
     * e-mail or WeChat), which their portal shows them too.
     */
    default Visibility timelineVisibility() {
        return Visibility.INTERNAL;
    }
}
