package com.estatecare.consultations.internal;

import java.time.Duration;
import java.time.Instant;

import com.estatecare.consultations.ConsultantField;
import com.estatecare.platform.DomainException;

/**
 * 顾问支持制: one question to a consultant and its opinion. It is due
 * {@code consultationHours} calendar hours after it was asked; unanswered after
 * that it is {@link Status#OVERDUE}; an opinion after the due time is late. The
 * named consultant answers, else any consultant; an opinion is recorded once.
 */
record Consultation(long id, long requestId, String requestNumber, ConsultantField field, String question, Long consultantId,
        String requestedBy, Instant requestedAt, Instant dueAt, String opinion, String opinionBy,
        Instant opinionAt) {

    enum Status { REQUESTED, OVERDUE, ANSWERED }

    /** When an opinion asked for at {@code requestedAt} is due. */
    static Instant dueAt(Instant requestedAt, int consultationHours) {
        return requestedAt.plus(Duration.ofHours(consultationHours));
    }

    Status status(Instant now) {
        if (opinion != null) {
            return Status.ANSWERED;
        }
        return isOverdue(now) ? Status.OVERDUE : Status.REQUESTED;
    }

    /** Past its due time without an opinion. */
    boolean isOverdue(Instant now) {
        return opinion == null && now.isAfter(dueAt);
    }

    boolean late() {
        return opinionAt != null && opinionAt.isAfter(dueAt);
    }

    /** The opinion of {@code consultant} at {@code now}: refused when another consultant was named or it was given before. */
    Consultation answer(long consultant, String consultantName, String text, Instant now) {
        if (consultantId != null && consultantId != consultant) {
            throw DomainException.forbidden("forbidden");
        }
        if (opinion != null) {
            throw DomainException.conflict("opinion-already-recorded");
        }
        return new Consultation(id, requestId, requestNumber, field, question, consultantId, requestedBy, requestedAt, dueAt, text,
                consultantName, now);
    }
}
