package com.estatecare.grading.internal;

import java.time.Instant;

import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.Category;
import com.estatecare.requests.Lawsuit;
import com.estatecare.requests.Media;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;

/** Test data for the grade rules: an ordinary open complaint, changed one fact at a time. */
final class AComplaint {

    static final Instant RECEIVED = Instant.parse("2026-03-02T02:00:00Z");

    private Long projectId = 7L;
    private Category category = Category.values()[0];
    private RequestStatus status = RequestStatus.RECEIVED;
    private Lawsuit lawsuit = Lawsuit.NONE;
    private Media media = Media.NONE;
    private int complainantCount = 1;
    private boolean needsSupport;
    private boolean customerResponsible;
    private Complaint.Earlier earlier;

    static AComplaint aComplaint() {
        return new AComplaint();
    }

    /** The policy's defaults as version 4. */
    static Versioned<GradingPolicy> policy() {
        return policy(GradingPolicy.defaults());
    }

    static Versioned<GradingPolicy> policy(GradingPolicy policy) {
        return new Versioned<>("grading", 0, 4, policy, RECEIVED.minusSeconds(86_400), "admin", "test");
    }

    AComplaint lawsuit(Lawsuit lawsuit) {
        this.lawsuit = lawsuit;
        return this;
    }

    AComplaint media(Media media) {
        this.media = media;
        return this;
    }

    AComplaint ofPeople(int complainantCount) {
        this.complainantCount = complainantCount;
        return this;
    }

    AComplaint needingSupport() {
        this.needsSupport = true;
        return this;
    }

    AComplaint in(RequestStatus status) {
        this.status = status;
        return this;
    }

    AComplaint customerFoundResponsible() {
        this.customerResponsible = true;
        return this;
    }

    AComplaint linkedTo(RequestKind kind, RequestStatus status) {
        this.earlier = new Complaint.Earlier(kind, status);
        return this;
    }

    AComplaint withoutProject() {
        this.projectId = null;
        return this;
    }

    Complaint build() {
        return new Complaint(42, projectId, category, RECEIVED, status, lawsuit, media, complainantCount,
                needsSupport, customerResponsible, earlier);
    }
}
