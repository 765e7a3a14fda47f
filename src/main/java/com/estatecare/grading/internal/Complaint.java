package com.estatecare.grading.internal;

import java.time.Instant;

import com.estatecare.requests.ActionCommand.ResponsibleParty;
import com.estatecare.requests.Category;
import com.estatecare.requests.Lawsuit;
import com.estatecare.requests.Media;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;

/**
 * The facts of one complaint that the grade rules read.
 *
 * @param customerResponsible its investigation named the customer as the responsible party
 * @param earlier             the request it is linked to ({@code relatedRequestId}), if any
 */
public record Complaint(long id, Long projectId, Category category, Instant receivedAt, RequestStatus status,
        Lawsuit lawsuit, Media media, int complainantCount, boolean needsSupport, boolean customerResponsible,
        Earlier earlier) {

    /** What the rules read of the request a complaint is linked to. */
    public record Earlier(RequestKind kind, RequestStatus status) {
    }

    public static Complaint of(RequestFacts facts, RequestFacts earlier) {
        return new Complaint(facts.id(), facts.projectId(), facts.category(), facts.receivedAt(), facts.status(),
                facts.complaint().lawsuit(), facts.complaint().media(), facts.complaint().complainantCount(),
                facts.complaint().needsSupport(), facts.investigationParty() == ResponsibleParty.CUSTOMER,
                earlier == null ? null : new Earlier(earlier.kind(), earlier.status()));
    }
}
