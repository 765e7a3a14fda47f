package com.estatecare.requests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.springframework.data.domain.AbstractAggregateRoot;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.Money;
import com.estatecare.requests.ActionCommand.WarrantyStatus;
import com.estatecare.requests.internal.StepTaken;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * below. Each one first asks the lifecycle whether this user may take this step
 * in this state ({@link #allowedActions}): if the step is possible now but not
 * for the user's role it refuses with {@code forbidden}, otherwise with
 * {@code transition-not-allowed} naming the current state and the steps
 * allowed now. Then it checks the fields the step needs, changes the request,
 * and registers its events ({@link StepTaken} for the timeline,
 * {@link RequestTransitioned} for other modules), which the repository
 * publishes when the request is saved.
 * <p>
 * Events are registered with Spring Data's {@link AbstractAggregateRoot}
 * rather than jMolecules: the repository already publishes them on
 * {@code save}, through the same {@code ApplicationEventPublisher} that
 * Spring Modulith's event publication registry watches, so no further
 * dependency or byte-code plugin is needed for one aggregate.
 */
@Entity
@Table(name = "request")
public class Request extends AbstractAggregateRoot<Request> {

    /** How an owner's confirmation reaches staff; on the portal the owner confirms it himself. */
    static final Set<Channel> CONFIRMATION_CHANNELS = EnumSet.of(Channel.PHONE, Channel.WALK_IN, Channel.EMAIL,
            Channel.WECHAT);

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
    @Embedded
    Reporter reporter;
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
    @Embedded
    Investigation investigation;
    @Embedded
    Solution solution;
    @Embedded
    RepairPlan repairPlan;
    /** In or out of warranty as intake found it, for a repair naming a component; null otherwise. */
    @Embedded
    IntakeCoverage intakeCoverage;
    String warrantyStatus;
    /** The contractor and the day to rectify by of a repair handed over from an inspection's defect; else null. */
    @Embedded
    Rectification rectification;
    @Column(name = "charge_fen")
    Money charge;
    Instant acceptedAt;
    /** When the owner accepted the plan now in force and its quoted price (方案确认); null while unanswered. */
    Instant planConfirmedAt;
    Instant verifiedAt;
    /** The owner's rating of the work, 1–5, given with their confirmation (业主评价). */
    Integer ownerRating;
    Instant revisitedAt;
    Integer satisfaction;
    Instant closedAt;
    @Embedded
    ComplaintFacts complaint;
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
        this.reporter = intake.reporter();
        this.description = intake.description();
        this.locationInUnit = intake.locationInUnit();
        this.problemSince = intake.problemSince();
        this.expectedOutcome = intake.expectedOutcome();
        // a time a client gives is kept to the microsecond, as the database keeps it and the clock tells it
        this.receivedAt = intake.receivedAt().truncatedTo(ChronoUnit.MICROS);
        this.readBackConfirmed = intake.readBackConfirmed();
        this.viaDepartment = intake.viaDepartment();
        this.departmentReceivedAt = intake.departmentReceivedAt() == null ? null
                : intake.departmentReceivedAt().truncatedTo(ChronoUnit.MICROS);
        this.firstContactId = intake.firstContactId();
        this.firstContactName = intake.firstContactName();
        this.relatedRequestId = intake.relatedRequestId();
        this.handlingRound = 1;
        this.complaint = intake.complaint();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Registers the events of intake; call once the request has its id.
     * {@code details} are the intake's facts for the timeline.
     */
    void registered(CurrentUser user, Map<String, Object> details, Instant now) {
        registerEvent(new StepTaken(companyId, id, now, user.accountId(), user.displayName(), "REGISTER", null,
                status, null, details, Visibility.CUSTOMER));
        registerEvent(new RequestRegistered(id, companyId, number, kind, category, componentCode, channel, customerId,
                unitId, projectId, receivedAt, emergency, departmentReceivedAt, relatedRequestId, now, scopePath));
    }

    /**
     * Publishes the events registered so far and forgets them, as the repository does on {@code save}: for
     * intake, which writes the new row itself ({@link NewRow}).
     */
    void publishEvents(org.springframework.context.ApplicationEventPublisher publisher) {
        List<Object> registered = List.copyOf(domainEvents());
        clearDomainEvents();
        registered.forEach(publisher::publishEvent);
    }

    /** Keeps the contractor and the day to rectify by that a repair was handed over with (none: null). */
    void rectification(Rectification handedOver, Map<String, Object> details) {
        if (handedOver == null || kind != RequestKind.REPAIR) {
            return;
        }
        rectification = handedOver;
        put(details, "contractor", handedOver.contractor(), "rectifyBy", handedOver.rectifyBy());
    }

    /** Records in or out of warranty as found for the component named, on the day the request was received. */
    void coveredAtIntake(IntakeCoverage coverage, Map<String, Object> details) {
        if (kind != RequestKind.REPAIR) {
            return;
        }
        intakeCoverage = coverage;
        if (coverage != null) {
            put(details, "warranty", coverage.warranty(), "warrantyEndsOn", coverage.endsOn());
        }
    }

    boolean outOfWarrantyAtIntake() {
        return kind == RequestKind.REPAIR && intakeCoverage != null && intakeCoverage.outOfWarranty();
    }

    public RequestFacts facts() {
        String complainant = customerId != null ? "customer:" + customerId
                : reporter != null && reporter.phone() != null
                        ? "phone:" + Integer.toHexString(reporter.phone().value().hashCode())
                        : "request:" + id;
        return new RequestFacts(id, companyId, number, kind, status, category, componentCode, emergency, channel,
                projectId, unitId, customerId, complainant, relatedRequestId, assigneeId, firstContactId, handlingRound,
                receivedAt, createdAt, closedAt, scopePath,
                investigation == null || investigation.responsibleParty() == null ? null
                        : ActionCommand.ResponsibleParty.valueOf(investigation.responsibleParty()),
                warrantyStatus == null ? null : WarrantyStatus.valueOf(warrantyStatus), complaint);
    }

    // ---- the lifecycle guard ----

    /**
     * The steps this user may take now, in a stable order: by the request's
     * kind and state, the user's roles, and for an owner only on their own request.
     */
    public Set<Action> allowedActions(CurrentUser user) {
        if (user.isOwner() && (user.customerId() == null || !user.customerId().equals(customerId))) {
            return Set.of();
        }
        return allowedByState(user);
    }

    /** The lifecycle's steps for this user's roles, less the owner's answer to a plan they already answered. */
    private Set<Action> allowedByState(CurrentUser user) {
        Set<Action> allowed = Lifecycle.allowed(kind, status, user);
        if (planConfirmedAt != null) {
            allowed.remove(Action.CONFIRM_PLAN);
        }
        return allowed;
    }

    /** Refuses a step this user may not take now: 403 if another role could, else 409 naming what is allowed. */
    private void guard(ActionCommand command, CurrentUser user) {
        if (command.version() != null && command.version() != version) {
            throw DomainException.staleVersion(command.version(), version);
        }
        Action action = command.action();
        Set<Action> allowed = allowedActions(user);
        if (allowed.contains(action)) {
            return;
        }
        if (allowedByState(withEveryRole(user)).contains(action)) {
            throw DomainException.forbidden("forbidden");
        }
        throw DomainException.conflict("transition-not-allowed", action.pathName(), status.name())
                .with("currentStatus", status)
                .with("allowedActions", allowed.stream().map(Action::pathName).toList());
    }

    private static CurrentUser withEveryRole(CurrentUser user) {
        return new CurrentUser(user.accountId(), user.username(), user.displayName(), EnumSet.allOf(Role.class),
                user.orgNodeId(), user.scopePath(), user.companyId(), user.customerId(), user.department());
    }

    // ---- the intent methods: one per step ----

    /** 分类: a repair or complaint needs a category that fits its kind; a component must be known. */
    void classify(ActionCommand.Classify c, Predicate<String> knownComponent, CurrentUser user, Instant now) {
        classify(c, knownComponent, code -> Optional.empty(), user, now);
    }

    /** 分类, deciding in or out of warranty when the component named is new ({@link #coveredAtIntake}). */
    void classify(ActionCommand.Classify c, Predicate<String> knownComponent,
            java.util.function.Function<String, Optional<IntakeCoverage>> coverageOf, CurrentUser user, Instant now) {
        guard(c, user);
        Category chosen = c.category() != null ? c.category() : category;
        Problems problems = new Problems();
        if (chosen == null && kind.needsFullHandling()) {
            problems.add(FieldProblem.of("category", "required"));
        } else if (chosen != null && !chosen.appliesTo(kind)) {
            problems.add(new FieldProblem("category", "category-for-kind", new Object[] { kind }));
        }
        if (c.componentCode() != null && !knownComponent.test(c.componentCode())) {
            problems.add(FieldProblem.of("componentCode", "unknown"));
        }
        problems.check();
        RequestStatus from = status;
        Map<String, Object> details = details("category", chosen, "previousCategory", category);
        category = chosen;
        if (c.componentCode() != null && (!c.componentCode().equals(componentCode) || intakeCoverage == null)) {
            componentCode = c.componentCode();
            coveredAtIntake(coverageOf.apply(componentCode).orElse(null), details);
        }
        if (c.emergency() != null) {
            emergency = c.emergency();
        }
        status = RequestStatus.CLASSIFIED;
        put(details, "componentCode", componentCode, "emergency", emergency);
        stepTaken(c, from, user, details, now);
    }

    /**
     * 派单 to a person who covers the request, or to a department; a second
     * dispatch is a hand-off, recorded with its time and whom it came from.
     */
    void dispatch(ActionCommand.Dispatch c, LongFunction<Optional<AccountView>> staffCovering,
            CurrentUser user, Instant now) {
        guard(c, user);
        if (c.assigneeId() == null && (c.department() == null || c.department().isBlank())) {
            throw DomainException.invalidField("assigneeId", "assignee");
        }
        AccountView assignee = c.assigneeId() == null ? null
                : staffCovering.apply(c.assigneeId()).orElseThrow(() -> DomainException.unknownReference("assigneeId"));
        RequestStatus from = status;
        Map<String, Object> details = new LinkedHashMap<>();
        if (assigneeId != null || department != null) {
            put(details, "handOff", true, "handedOffAt", now);
            put(details, "fromAssignee", assigneeName, "fromDepartment", department);
        }
        assigneeId = assignee == null ? null : assignee.id();
        assigneeName = assignee == null ? null : assignee.displayName();
        department = c.department() != null ? c.department() : assignee != null ? assignee.department() : null;
        status = RequestStatus.DISPATCHED;
        put(details, "assignee", assigneeName, "department", department);
        stepTaken(c, from, user, details, now);
    }

    /** 响应: the handler took it up. */
    void respond(ActionCommand.Respond c, CurrentUser user, Instant now) {
        guard(c, user);
        RequestStatus from = status;
        status = RequestStatus.RESPONDED;
        stepTaken(c, from, user, new LinkedHashMap<>(), now);
    }

    /** 调查 of a complaint: the cause is required. */
    void investigate(ActionCommand.Investigate c, CurrentUser user, Instant now) {
        guard(c, user);
        Problems.required("cause", c.cause());
        investigation = new Investigation(c.cause(), name(c.responsibleParty()), name(c.severity()), c.scope());
        stepTaken(c, status, user, details("responsibleParty", c.responsibleParty(), "severity", c.severity()), now);
    }

    /** A repair's plan needs its appointment; a complaint's solution needs its measures. */
    void agreePlan(ActionCommand.AgreePlan c, CurrentUser user, Instant now) {
        guard(c, user);
        RequestStatus from = status;
        Map<String, Object> details;
        if (kind == RequestKind.REPAIR) {
            Problems problems = new Problems();
            problems.require("scheduledAt", c.scheduledAt());
            if (outOfWarrantyAtIntake()) {
                problems.require("quotedFen", c.quotedFen()); // paid work is quoted before the owner accepts it
            }
            problems.check();
            repairPlan = new RepairPlan(c.scheduledAt(), c.materials(), c.workers(), c.ownerNotifiedAt(),
                    c.quotedFen());
            details = details("scheduledAt", c.scheduledAt(), "workers", c.workers());
            put(details, "materials", c.materials(), "ownerNotifiedAt", c.ownerNotifiedAt());
            put(details, "quotedFen", c.quotedFen(), null, null);
        } else {
            if (c.quotedFen() != null) {
                throw DomainException.invalidField("quotedFen", "repair-only");
            }
            Problems.required("measures", c.measures());
            solution = new Solution(c.measures(), c.deadline(), c.solutionDepartment());
            details = details("deadline", c.deadline(), "solutionDepartment", c.solutionDepartment());
        }
        status = RequestStatus.PLAN_AGREED;
        planConfirmedAt = null;
        stepTaken(c, from, user, details, now);
    }

    /** How far ahead a visit may be moved: a year and a day. */
    static final java.time.Duration FURTHEST_VISIT = java.time.Duration.ofDays(366);

    /**
     * 改约: the agreed visit moves to another time, another engineer, or both; the plan and its price stay. A
     * move onto the engineer's other visit or a day off ({@code conflictsAt}) is refused with the conflicts
     * unless the dispatcher accepts them; the timeline keeps who moved it, from and to, and what was accepted.
     */
    void reschedule(ActionCommand.Reschedule c, LongFunction<Optional<AccountView>> staffCovering,
            java.util.function.BiFunction<Long, Instant, List<ScheduleConflict>> conflictsAt, CurrentUser user,
            Instant now) {
        guard(c, user);
        if (c.scheduledAt() == null && c.assigneeId() == null) {
            throw DomainException.invalidField("scheduledAt", "reschedule-what");
        }
        Instant from = repairPlan == null ? null : repairPlan.scheduledAt();
        if (from == null) {
            Problems.required("scheduledAt", c.scheduledAt());
        }
        Instant to = c.scheduledAt() == null ? from : c.scheduledAt().truncatedTo(ChronoUnit.MICROS);
        if (!to.equals(from) && to.isBefore(now)) {
            throw DomainException.invalidField("scheduledAt", "not-before", now);
        } else if (to.isAfter(now.plus(FURTHEST_VISIT))) {
            throw DomainException.invalidField("scheduledAt", "not-after", now.plus(FURTHEST_VISIT));
        }
        AccountView engineer = c.assigneeId() == null || c.assigneeId().equals(assigneeId) ? null
                : staffCovering.apply(c.assigneeId()).orElseThrow(() -> DomainException.unknownReference("assigneeId"));
        if (engineer == null && to.equals(from)) {
            throw DomainException.invalidField("scheduledAt", "unchanged");
        }
        Long toAssignee = engineer == null ? assigneeId : Long.valueOf(engineer.id());
        List<ScheduleConflict> conflicts = conflictsAt.apply(toAssignee, to);
        if (!conflicts.isEmpty() && !Boolean.TRUE.equals(c.acceptConflicts())) {
            throw DomainException.conflict("schedule-conflict").with("conflicts", conflicts);
        }
        Map<String, Object> details = details("fromScheduledAt", from, "scheduledAt", to);
        put(details, "fromAssignee", assigneeName, "assignee", engineer == null ? assigneeName : engineer.displayName());
        put(details, "conflictsAccepted", conflicts.isEmpty() ? null : conflicts, null, null);
        registerEvent(new VisitRescheduled(id, companyId, number, from, to, assigneeId, toAssignee, conflicts,
                user.accountId(), now));
        RepairPlan plan = repairPlan == null ? new RepairPlan(null, null, null, null, null) : repairPlan;
        repairPlan = new RepairPlan(to, plan.materials(), plan.workers(), plan.ownerNotifiedAt(), plan.quotedFen());
        if (engineer != null) {
            assigneeId = engineer.id();
            assigneeName = engineer.displayName();
            department = engineer.department() != null ? engineer.department() : department;
        }
        stepTaken(c, status, user, details, now);
    }

    /**
     * 方案确认 by the owner, once per plan: accepted, the plan and its quoted price stand; rejected (the
     * reason is required), the plan is to be agreed again ({@code RESPONDED}).
     */
    void confirmPlan(ActionCommand.ConfirmPlan c, CurrentUser user, Instant now) {
        guard(c, user);
        Problems problems = new Problems();
        problems.require("accepted", c.accepted());
        if (Boolean.FALSE.equals(c.accepted())) {
            problems.require("note", c.note());
        }
        problems.check();
        RequestStatus from = status;
        if (c.accepted()) {
            planConfirmedAt = now;
        } else {
            status = RequestStatus.RESPONDED;
        }
        Map<String, Object> details = details("accepted", c.accepted(), "quotedFen",
                repairPlan == null || kind != RequestKind.REPAIR ? null : repairPlan.quotedFen());
        stepTaken(c, from, user, details, now);
    }

    /**
     * The work is done; a repair records whether it was inside warranty (free) or outside (paid, at its charge).
     * A repair intake found out of warranty is done only after the owner accepted the quoted price (方案确认).
     */
    void complete(ActionCommand.Complete c, CurrentUser user, Instant now) {
        guard(c, user);
        if (outOfWarrantyAtIntake() && planConfirmedAt == null) {
            throw DomainException.conflict("quote-not-accepted");
        }
        RequestStatus from = status;
        Map<String, Object> details = new LinkedHashMap<>();
        if (kind == RequestKind.REPAIR) {
            Problems problems = new Problems();
            problems.require("warranty", c.warranty());
            if (c.warranty() == WarrantyStatus.OUT_OF_WARRANTY) {
                problems.require("chargeFen", c.chargeFen());
            }
            problems.check();
            charge = c.warranty() == WarrantyStatus.IN_WARRANTY ? Money.ZERO : Money.fen(c.chargeFen());
            warrantyStatus = c.warranty().name();
            put(details, "warranty", c.warranty(), "chargeFen", charge.fen());
        } else {
            warrantyStatus = null;
            charge = null;
        }
        acceptedAt = now;
        status = RequestStatus.DONE;
        stepTaken(c, from, user, details, now);
    }

    /** A consultation, suggestion or praise is answered; the answer is the note. */
    void answer(ActionCommand.Answer c, CurrentUser user, Instant now) {
        guard(c, user);
        Problems problems = new Problems();
        problems.require("note", c.note());
        if (category == Category.CHECK_OUT) {
            problems.require("granted", c.granted());
        } else if (c.granted() != null) {
            problems.add(FieldProblem.of("granted", "check-out-only"));
        }
        problems.check();
        RequestStatus from = status;
        status = RequestStatus.DONE;
        stepTaken(c, from, user, details("granted", c.granted(), null, null), now);
        if (category == Category.CHECK_OUT) {
            registerEvent(new CheckOutAnswered(id, companyId, number, customerId, c.granted(), now));
        }
    }

    /**
     * 业主确认: given by the owner on the portal, or recorded by staff with the
     * channel it came through. Satisfied → verified; not satisfied → second
     * handling (二次处理).
     */
    void verify(ActionCommand.Verify c, CurrentUser user, Instant now) {
        guard(c, user);
        Problems problems = new Problems();
        problems.require("satisfied", c.satisfied());
        Channel via = user.isOwner() ? Channel.PORTAL : c.confirmedVia();
        if (user.isOwner()) {
            problems.require("rating", c.rating());
            if (Boolean.FALSE.equals(c.satisfied())) {
                problems.require("note", c.note()); // what is wrong, for the second handling
            }
        }
        if (user.isOwner() && c.confirmedVia() != null) {
            problems.add(FieldProblem.of("confirmedVia", "staff-only"));
        } else if (!user.isOwner()) {
            problems.require("confirmedVia", via);
            if (via != null && !CONFIRMATION_CHANNELS.contains(via)) {
                problems.add(new FieldProblem("confirmedVia", "one-of", new Object[] { CONFIRMATION_CHANNELS }));
            }
        }
        problems.check();
        RequestStatus from = status;
        if (c.satisfied()) {
            verifiedAt = now;
            status = RequestStatus.VERIFIED;
        } else {
            secondHandling();
        }
        if (c.rating() != null) {
            ownerRating = c.rating();
        }
        Map<String, Object> details = details("satisfied", c.satisfied(), "handlingRound", handlingRound);
        details.put("confirmedVia", via);
        put(details, "rating", c.rating(), null, null);
        stepTaken(c, from, user, details, now);
    }

    /** 回访: satisfied → revisited; not satisfied → second handling. */
    void revisit(ActionCommand.Revisit c, CurrentUser user, Instant now) {
        revisit(c, Map.of(), user, now);
    }

    /** 回访 with what the questionnaire recorded besides ({@code extra}: the revisit task, its method, template). */
    void revisit(ActionCommand.Revisit c, Map<String, Object> extra, CurrentUser user, Instant now) {
        guard(c, user);
        Problems problems = new Problems();
        problems.require("satisfied", c.satisfied());
        problems.require("satisfaction", c.satisfaction());
        problems.check();
        RequestStatus from = status;
        satisfaction = c.satisfaction();
        revisitedAt = now;
        if (c.satisfied()) {
            status = RequestStatus.REVISITED;
        } else {
            secondHandling();
        }
        Map<String, Object> details = details("satisfied", c.satisfied(), "satisfaction", c.satisfaction());
        put(details, "followedUp", c.followedUp(), "handlingRound", handlingRound);
        details.putAll(extra);
        stepTaken(c, from, user, details, now);
    }

    /** 归档. */
    void archive(ActionCommand.Archive c, CurrentUser user, Instant now) {
        guard(c, user);
        RequestStatus from = status;
        closedAt = now;
        status = RequestStatus.ARCHIVED;
        stepTaken(c, from, user, new LinkedHashMap<>(), now);
    }

    /** A closed step handled a second time; the note says why. */
    void reopen(ActionCommand.Reopen c, CurrentUser user, Instant now) {
        guard(c, user);
        Problems.required("note", c.note());
        RequestStatus from = status;
        closedAt = null;
        secondHandling();
        stepTaken(c, from, user, details("handlingRound", handlingRound, null, null), now);
    }

    /** Cancelled before the work started; the note says why. */
    void cancel(ActionCommand.Cancel c, CurrentUser user, Instant now) {
        guard(c, user);
        Problems.required("note", c.note());
        RequestStatus from = status;
        closedAt = now;
        status = RequestStatus.CANCELLED;
        stepTaken(c, from, user, new LinkedHashMap<>(), now);
    }

    /** Links another request about the same problem; {@code visible} finds it among those the user may see. */
    void link(ActionCommand.Link c, LongFunction<Request> visible, CurrentUser user, Instant now) {
        guard(c, user);
        Problems.required("relatedRequestId", c.relatedRequestId());
        if (c.relatedRequestId().equals(id)) {
            throw DomainException.invalidField("relatedRequestId", "self-link");
        }
        Request related = visible.apply(c.relatedRequestId());
        relatedRequestId = related.id;
        stepTaken(c, status, user, details("relatedRequestId", related.id, "relatedNumber", related.number), now);
    }

    /** A staff note on the timeline. */
    void note(ActionCommand.Note c, CurrentUser user, Instant now) {
        guard(c, user);
        Problems.required("note", c.note());
        stepTaken(c, status, user, new LinkedHashMap<>(), now);
    }

    /** A progress message written to the customer. */
    void notifyProgress(ActionCommand.NotifyProgress c, CurrentUser user, Instant now) {
        guard(c, user);
        Problems.required("note", c.note());
        stepTaken(c, status, user, new LinkedHashMap<>(), now);
    }

    /** A complaint's facts changed; the timeline keeps each changed one before and after. */
    void updateFacts(ActionCommand.UpdateFacts c, CurrentUser user, Instant now) {
        guard(c, user);
        if (c.complainantCount() == null && c.lawsuit() == null && c.media() == null && c.needsSupport() == null) {
            throw DomainException.invalidField("complainantCount", "one-fact");
        }
        ComplaintFacts before = complaint;
        complaint = complaint.with(c.complainantCount(), c.lawsuit(), c.media(), c.needsSupport());
        Map<String, Object> details = new LinkedHashMap<>();
        changed(details, "complainantCount", before.complainantCount(), complaint.complainantCount());
        changed(details, "lawsuit", before.lawsuit(), complaint.lawsuit());
        changed(details, "media", before.media(), complaint.media());
        changed(details, "needsSupport", before.needsSupport(), complaint.needsSupport());
        stepTaken(c, status, user, details, now);
    }

    private void secondHandling() {
        handlingRound++;
        verifiedAt = null;
        status = assigneeId == null && department == null ? RequestStatus.CLASSIFIED : RequestStatus.DISPATCHED;
    }

    /**
     * Every step: the first staff member who takes it up owns it until it is
     * closed (首问负责制); the step is counted and registered as events. A step
     * an owner takes is theirs to read; staff may keep a step internal.
     */
    private void stepTaken(ActionCommand c, RequestStatus from, CurrentUser user, Map<String, Object> details,
            Instant now) {
        if (!user.isOwner() && firstContactId == null) {
            firstContactId = user.accountId();
            firstContactName = user.displayName();
        }
        steps++;
        updatedAt = now;
        Action action = c.action();
        Visibility visibility = user.isOwner() ? Visibility.CUSTOMER
                : Boolean.TRUE.equals(c.internal()) ? Visibility.INTERNAL : action.visibility();
        registerEvent(new StepTaken(companyId, id, now, user.accountId(), user.displayName(), action.name(), from,
                status, c.note(), details, visibility));
        registerEvent(new RequestTransitioned(id, companyId, number, kind, customerId, action, from, status,
                handlingRound, steps, now, visibility));
    }

    /** The events registered and not yet published: what the next {@code save} publishes. */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    // ---- reading ----

    public long id() {
        return id;
    }

    public RequestStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    /** The description as typed (personal data in it unmasked): for the audited reveal, never for display. */
    public String description() {
        return description;
    }

    /** The expected outcome as typed (personal data in it unmasked): for the audited reveal, never for display. */
    public String expectedOutcome() {
        return expectedOutcome;
    }

    public long companyId() {
        return companyId;
    }

    public String scopePath() {
        return scopePath;
    }

    public int handlingRound() {
        return handlingRound;
    }

    public ComplaintFacts complaint() {
        return complaint;
    }

    // ---- small helpers of the steps ----

    /** The field problems of one step, thrown together as one bad input. */
    private static final class Problems {
        private final List<FieldProblem> found = new ArrayList<>();

        void add(FieldProblem problem) {
            found.add(problem);
        }

        void require(String field, Object value) {
            if (value == null || (value instanceof String s && s.isBlank())) {
                found.add(FieldProblem.of(field, "required"));
            }
        }

        void check() {
            if (!found.isEmpty()) {
                throw DomainException.invalidInput(found);
            }
        }

        static void required(String field, Object value) {
            Problems problems = new Problems();
            problems.require(field, value);
            problems.check();
        }
    }

    private static Map<String, Object> details(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> details = new LinkedHashMap<>();
        put(details, k1, v1, k2, v2);
        return details;
    }

    private static void put(Map<String, Object> details, String k1, Object v1, String k2, Object v2) {
        if (v1 != null) {
            details.put(k1, v1);
        }
        if (k2 != null && v2 != null) {
            details.put(k2, v2);
        }
    }

    private static void changed(Map<String, Object> details, String fact, Object before, Object after) {
        if (!before.equals(after)) {
            details.put(fact, Map.of("from", before, "to", after));
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
