package com.estatecare.requests;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 工单 — the aggregate root. Its state changes only through the intent methods
 * below, each called after the lifecycle policy allowed the step.
 */
@Entity
@Table(name = "request")
public class Request {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long companyId;
    String number;
    @Enumerated(EnumType.STRING)
    RequestKind kind;
    @Enumerated(EnumType.STRING)
    Channel channel;
    @Enumerated(EnumType.STRING)
    RequestStatus status;
    @Enumerated(EnumType.STRING)
    Category category;
    String componentCode;
    boolean emergency;
    Long projectId;
    Long buildingId;
    Long unitId;
    String scopePath;
    String unitLabel;
    Long customerId;
    String customerName;
    String reporterName;
    String reporterPhone;
    String description;
    String locationInUnit;
    String problemSince;
    String expectedOutcome;
    Instant receivedAt;
    boolean readBackConfirmed;
    String viaDepartment;
    Instant departmentReceivedAt;
    Long firstContactId;
    String firstContactName;
    Long assigneeId;
    String assigneeName;
    String department;
    Long relatedRequestId;
    int handlingRound;
    String investigationCause;
    String investigationParty;
    String investigationSeverity;
    String investigationScope;
    String solutionMeasures;
    Instant solutionDeadline;
    String solutionDepartment;
    Instant planScheduledAt;
    String planMaterials;
    String planWorkers;
    Instant planOwnerNotifiedAt;
    String warrantyStatus;
    Long chargeFen;
    Instant acceptedAt;
    Instant verifiedAt;
    Instant revisitedAt;
    Integer satisfaction;
    Instant closedAt;
    int complainantCount;
    @Enumerated(EnumType.STRING)
    Lawsuit lawsuit;
    @Enumerated(EnumType.STRING)
    Media media;
    boolean needsSupport;
    /** Steps taken so far; every step changes the request, so every step moves its version. */
    int steps;
    @Version
    long version;
    @Column(updatable = false)
    Instant createdAt;
    Instant updatedAt;

    protected Request() {
    }

    Request(Intake intake, String number, Instant now) {
        this.companyId = intake.companyId();
        this.number = number;
        this.kind = intake.kind();
        this.channel = intake.channel();
        this.status = RequestStatus.RECEIVED;
        this.category = intake.category();
        this.componentCode = intake.componentCode();
        this.emergency = intake.emergency();
        this.projectId = intake.projectId();
        this.buildingId = intake.buildingId();
        this.unitId = intake.unitId();
        this.scopePath = intake.scopePath();
        this.unitLabel = intake.unitLabel();
        this.customerId = intake.customerId();
        this.customerName = intake.customerName();
        this.reporterName = intake.reporterName();
        this.reporterPhone = intake.reporterPhone();
        this.description = intake.description();
        this.locationInUnit = intake.locationInUnit();
        this.problemSince = intake.problemSince();
        this.expectedOutcome = intake.expectedOutcome();
        // a time a client gives is kept to the microsecond, as the database keeps it and the clock tells it
        this.receivedAt = intake.receivedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.readBackConfirmed = intake.readBackConfirmed();
        this.viaDepartment = intake.viaDepartment();
        this.departmentReceivedAt = intake.departmentReceivedAt() == null ? null
                : intake.departmentReceivedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.firstContactId = intake.firstContactId();
        this.firstContactName = intake.firstContactName();
        this.relatedRequestId = intake.relatedRequestId();
        this.handlingRound = 1;
        this.complainantCount = intake.complainantCount();
        this.lawsuit = intake.lawsuit();
        this.media = intake.media();
        this.needsSupport = intake.needsSupport();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public RequestFacts facts() {
        String complainant = customerId != null ? "customer:" + customerId
                : reporterPhone != null ? "phone:" + Integer.toHexString(reporterPhone.hashCode()) : "request:" + id;
        return new RequestFacts(id, companyId, number, kind, status, category, componentCode, emergency, channel,
                projectId, unitId, customerId, complainant, relatedRequestId, assigneeId, firstContactId, handlingRound,
                receivedAt, createdAt, closedAt, scopePath, investigationParty, warrantyStatus, complainantCount,
                lawsuit, media, needsSupport);
    }

    /** 首问负责制: the first staff member who takes it up owns it until it is closed. */
    void takeFirstContact(long accountId, String name) {
        if (firstContactId == null) {
            firstContactId = accountId;
            firstContactName = name;
        }
    }

    void classify(Category category, String componentCode, Boolean emergency) {
        this.category = category;
        if (componentCode != null) {
            this.componentCode = componentCode;
        }
        if (emergency != null) {
            this.emergency = emergency;
        }
        this.status = RequestStatus.CLASSIFIED;
    }

    void dispatch(Long assigneeId, String assigneeName, String department) {
        this.assigneeId = assigneeId;
        this.assigneeName = assigneeName;
        this.department = department;
        this.status = RequestStatus.DISPATCHED;
    }

    void respond() {
        this.status = RequestStatus.RESPONDED;
    }

    void investigate(String cause, String party, String severity, String scope) {
        this.investigationCause = cause;
        this.investigationParty = party;
        this.investigationSeverity = severity;
        this.investigationScope = scope;
    }

    void agreeRepairPlan(Instant scheduledAt, String materials, String workers, Instant ownerNotifiedAt) {
        this.planScheduledAt = scheduledAt;
        this.planMaterials = materials;
        this.planWorkers = workers;
        this.planOwnerNotifiedAt = ownerNotifiedAt;
        this.status = RequestStatus.PLAN_AGREED;
    }

    void agreeSolution(String measures, Instant deadline, String department) {
        this.solutionMeasures = measures;
        this.solutionDeadline = deadline;
        this.solutionDepartment = department;
        this.status = RequestStatus.PLAN_AGREED;
    }

    void complete(String warrantyStatus, Long chargeFen, Instant now) {
        this.warrantyStatus = warrantyStatus;
        this.chargeFen = chargeFen;
        this.acceptedAt = now;
        this.status = RequestStatus.DONE;
    }

    void answer() {
        this.status = RequestStatus.DONE;
    }

    /** 业主确认: satisfied → verified; not satisfied → second handling (二次处理). */
    void verify(boolean satisfied, Instant now) {
        if (satisfied) {
            this.verifiedAt = now;
            this.status = RequestStatus.VERIFIED;
        } else {
            secondHandling();
        }
    }

    /** 回访: satisfied → revisited; not satisfied → second handling. */
    void revisit(boolean satisfied, Integer satisfaction, Instant now) {
        this.satisfaction = satisfaction;
        this.revisitedAt = now;
        if (satisfied) {
            this.status = RequestStatus.REVISITED;
        } else {
            secondHandling();
        }
    }

    void archive(Instant now) {
        this.closedAt = now;
        this.status = RequestStatus.ARCHIVED;
    }

    void reopen() {
        this.closedAt = null;
        secondHandling();
    }

    void cancel(Instant now) {
        this.closedAt = now;
        this.status = RequestStatus.CANCELLED;
    }

    /** The facts that decide a complaint's grade; {@code null} leaves one unchanged. */
    void updateFacts(Integer complainantCount, Lawsuit lawsuit, Media media, Boolean needsSupport) {
        if (complainantCount != null) {
            this.complainantCount = complainantCount;
        }
        if (lawsuit != null) {
            this.lawsuit = lawsuit;
        }
        if (media != null) {
            this.media = media;
        }
        if (needsSupport != null) {
            this.needsSupport = needsSupport;
        }
    }

    void link(long relatedRequestId) {
        this.relatedRequestId = relatedRequestId;
    }

    private void secondHandling() {
        this.handlingRound++;
        this.verifiedAt = null;
        this.status = assigneeId == null && department == null ? RequestStatus.CLASSIFIED : RequestStatus.DISPATCHED;
    }

    void touch(Instant now) {
        this.steps++;
        this.updatedAt = now;
    }
}
