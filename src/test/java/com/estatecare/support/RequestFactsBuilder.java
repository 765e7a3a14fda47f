package com.estatecare.support;

import java.time.Instant;

import com.estatecare.requests.ActionCommand.ResponsibleParty;
import com.estatecare.requests.ActionCommand.WarrantyStatus;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.ComplaintFacts;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;

/** The facts of a request for plain rule tests: {@code aRepair().linkedTo(1).rejectedOnce().build()}. */
public final class RequestFactsBuilder {

    private static long nextId = 1000;

    private final RequestKind kind;
    private long id = nextId++;
    private Category category;
    private Long relatedRequestId;
    private Long assigneeId;
    private Long firstContactId;
    private int handlingRound = 1;
    private ResponsibleParty investigationParty;
    private WarrantyStatus warrantyStatus;

    private RequestFactsBuilder(RequestKind kind, Category category) {
        this.kind = kind;
        this.category = category;
    }

    public static RequestFactsBuilder aRepair() {
        return new RequestFactsBuilder(RequestKind.REPAIR, Category.FACILITY_FAILURE);
    }

    public static RequestFactsBuilder aComplaint() {
        return new RequestFactsBuilder(RequestKind.COMPLAINT, Category.ENGINEERING_QUALITY);
    }

    public static RequestFactsBuilder aConsultation() {
        return new RequestFactsBuilder(RequestKind.CONSULTATION, Category.OTHER);
    }

    public RequestFactsBuilder id(long id) {
        this.id = id;
        return this;
    }

    public RequestFactsBuilder in(Category category) {
        this.category = category;
        return this;
    }

    public RequestFactsBuilder linkedTo(long relatedRequestId) {
        this.relatedRequestId = relatedRequestId;
        return this;
    }

    public RequestFactsBuilder firstContact(Long staffId) {
        this.firstContactId = staffId;
        return this;
    }

    public RequestFactsBuilder assignee(Long staffId) {
        this.assigneeId = staffId;
        return this;
    }

    /** The customer said "not satisfied" at verification or revisit: a second handling round. */
    public RequestFactsBuilder rejectedOnce() {
        this.handlingRound = 2;
        return this;
    }

    public RequestFactsBuilder investigationFound(ResponsibleParty party) {
        this.investigationParty = party;
        return this;
    }

    public RequestFactsBuilder warranty(WarrantyStatus status) {
        this.warrantyStatus = status;
        return this;
    }

    public RequestFacts build() {
        Instant at = Instant.parse("2026-11-25T02:00:00Z");
        return new RequestFacts(id, 2, "BX-" + id, kind, RequestStatus.RECEIVED, category, null, false,
                Channel.PHONE, 10L, 20L, null, "c", relatedRequestId, assigneeId, firstContactId, handlingRound, at, at,
                null, "/1/2/", investigationParty, warrantyStatus, ComplaintFacts.ORDINARY);
    }
}
