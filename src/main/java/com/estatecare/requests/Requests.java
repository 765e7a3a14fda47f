package com.estatecare.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.requests.internal.Attachments;
import com.estatecare.requests.internal.ComplainantCount;
import com.estatecare.requests.internal.RequestNumbers;
import com.estatecare.requests.internal.RequestRepository;
import com.estatecare.requests.internal.RequestRows;
import com.estatecare.requests.internal.Timeline;
import com.estatecare.warranty.Warranties;

/** The requests module's use cases: intake, the lifecycle steps, and reading a request back. */
@Service
public class Requests {

    /** How far a time given by a client may run ahead of the server's clock. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Where an owner reports by himself: the portal, WeChat, or an e-mail to the company's mailbox. */
    private static final Set<Channel> OWNER_CHANNELS = EnumSet.of(Channel.PORTAL, Channel.WECHAT, Channel.EMAIL);

    /** What intake answers: the new request's id, number and state. */
    public record Registered(long id, String number, RequestStatus status, long version) {
    }

    private final RequestRepository repository;
    private final RequestRows rows;
    private final ApplicationEventPublisher events;
    /**
     * The request being registered on this thread while its events are published: the listeners that ask for its
     * facts in the registering transaction read them from here, not from a row the entity manager never saw.
     */
    private final ThreadLocal<Request> registering = new ThreadLocal<>();
    private final ComplainantCount complainants;
    private final RequestNumbers numbers;
    private final Timeline timeline;
    private final Attachments attachments;
    private final Appointments appointments;
    private final Registry registry;
    private final Warranties warranties;
    private final Organisation organisation;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration maxBackdating;

    Requests(RequestRepository repository, RequestRows rows, ApplicationEventPublisher events,
            ComplainantCount complainants, RequestNumbers numbers, Timeline timeline, Attachments attachments,
            Appointments appointments, Registry registry, Warranties warranties,
            Organisation organisation, Clock clock,
            @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone,
            @Value("${estatecare.intake.max-backdating:P30D}") Duration maxBackdating) {
        this.maxBackdating = maxBackdating;
        this.repository = repository;
        this.rows = rows;
        this.events = events;
        this.complainants = complainants;
        this.numbers = numbers;
        this.timeline = timeline;
        this.attachments = attachments;
        this.appointments = appointments;
        this.registry = registry;
        this.warranties = warranties;
        this.organisation = organisation;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public Registered register(NewRequest command, CurrentUser user) {
        return register(command, null, user);
    }

    /**
     * Intake of a repair handed over with its {@link Rectification} (a delivery inspection's defect: the contractor
     * responsible and the day to rectify by), kept on the request as told; null is the plain intake.
     */
    @Transactional
    public Registered register(NewRequest command, Rectification rectification, CurrentUser user) {
        Intake intake = check(command, user);
        Instant now = clock.instant();
        Request request = new Request(intake,
                numbers.next(intake.companyId(), intake.kind(), now.atZone(zone).toLocalDate()), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", intake.kind());
        details.put("channel", intake.channel());
        details.put("readBackConfirmed", intake.readBackConfirmed());
        if (intake.componentCode() != null) {
            request.coveredAtIntake(coverage(intake.unitId(), intake.componentCode(), intake.receivedAt()).orElse(null),
                    details);
        }
        request.rectification(rectification, details);
        // one plain insert (NewRow): the entity is not managed in the registering transaction
        request.id = rows.insert(NewRow.of(request));
        if (command.receivedAtReason() != null && !command.receivedAtReason().isBlank()) {
            details.put("receivedAt", intake.receivedAt());
            details.put("receivedAtReason", command.receivedAtReason());
        }
        if (intake.viaDepartment() != null) {
            details.put("viaDepartment", intake.viaDepartment());
            details.put("departmentReceivedAt", intake.departmentReceivedAt());
        }
        request.registered(user, details, now);
        Request outer = registering.get();
        registering.set(request);
        try {
            request.publishEvents(events);
        } finally {
            if (outer == null) {
                registering.remove();
            } else {
                registering.set(outer);
            }
        }
        return new Registered(request.id, request.number, request.status, request.version);
    }

    /** In or out of warranty for a repair of this component of this unit received then (SPEC §8), if decided. */
    private java.util.Optional<IntakeCoverage> coverage(Long unitId, String componentCode, Instant receivedAt) {
        return unitId == null || componentCode == null ? java.util.Optional.empty()
                : warranties.atIntake(unitId, componentCode, receivedAt)
                        .map(w -> new IntakeCoverage(ActionCommand.WarrantyStatus.valueOf(w.coverage().name()),
                                w.endsOn(), w.certificateVersion()));
    }

    private Intake check(NewRequest c, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant now = clock.instant();
        if (c.kind() == RequestKind.REPAIR && c.unitId() == null) {
            problems.add(FieldProblem.of("unitId", "required"));
        }
        if (c.category() != null && !c.category().appliesTo(c.kind())) {
            problems.add(new FieldProblem("category", "category-for-kind", new Object[] { c.kind() }));
        }
        if (c.componentCode() != null && !registry.componentExists(c.componentCode())) {
            problems.add(FieldProblem.of("componentCode", "unknown"));
        }
        if (c.customerId() == null && c.reporter() == null && !user.isOwner()) {
            problems.add(FieldProblem.of("reporter", "reporter-or-customer"));
        }
        String reporterPhone = c.reporter() == null ? null : PhoneNumber.normalise(c.reporter().phone());
        if (reporterPhone != null && !PhoneNumber.isValid(reporterPhone)) {
            problems.add(FieldProblem.of("reporter.phone", "phone"));
        }
        if (c.channel().needsReadBack() && !Boolean.TRUE.equals(c.readBackConfirmed()) && !user.isOwner()) {
            problems.add(FieldProblem.of("readBackConfirmed", "required"));
        }
        if (c.channel() == Channel.DEPARTMENT) {
            if (c.viaDepartment() == null) {
                problems.add(FieldProblem.of("viaDepartment", "required"));
            }
            if (c.departmentReceivedAt() == null) {
                problems.add(FieldProblem.of("departmentReceivedAt", "required"));
            }
        }
        if (user.isOwner()) {
            ownerIntake(c, problems);
        }
        Instant receivedAt = c.receivedAt() == null || user.isOwner() ? now : c.receivedAt();
        if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("receivedAt", "not-after", new Object[] { now.plus(CLOCK_SKEW) }));
        } else if (receivedAt.isBefore(now.minus(maxBackdating))) {
            problems.add(new FieldProblem("receivedAt", "not-before", new Object[] { now.minus(maxBackdating) }));
        } else if (!user.isOwner() && receivedAt.isBefore(now.minus(CLOCK_SKEW))
                && (c.receivedAtReason() == null || c.receivedAtReason().isBlank())) {
            problems.add(FieldProblem.of("receivedAtReason", "required"));
        }
        if (c.departmentReceivedAt() != null && c.departmentReceivedAt().isAfter(receivedAt.plus(Duration.ofMinutes(5)))) {
            problems.add(FieldProblem.of("departmentReceivedAt", "malformed"));
        }
        if (c.kind() != RequestKind.COMPLAINT && !user.isOwner()) {
            complaintOnly(problems, "complainantCount", c.complainantCount());
            complaintOnly(problems, "lawsuit", c.lawsuit());
            complaintOnly(problems, "media", c.media());
            complaintOnly(problems, "needsSupport", c.needsSupport());
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }

        UnitView unit = c.unitId() == null ? null
                : registry.unitVisibleTo(c.unitId(), user).orElseThrow(() -> DomainException.unknownReference("unitId"));
        CustomerView customer = resolveCustomer(c, user, reporterPhone);
        Request related = c.relatedRequestId() == null ? null
                : visible(c.relatedRequestId(), user, () -> DomainException.unknownReference("relatedRequestId"));

        String scopePath = unit != null ? unit.scopePath() : customer != null ? customer.scopePath() : user.scopePath();
        Long companyId = unit != null ? Long.valueOf(unit.companyId())
                : customer != null ? Long.valueOf(customer.companyId()) : user.companyId();
        if (companyId == null) {
            throw DomainException.invalidField("unitId", "required");
        }
        boolean staff = !user.isOwner();
        return new Intake(companyId, c.kind(), c.channel(), c.category(), c.componentCode(),
                Boolean.TRUE.equals(c.emergency()), unit == null ? null : unit.projectId(),
                unit == null ? null : unit.buildingId(), unit == null ? null : unit.id(), scopePath,
                unit == null ? null : Registry.label(unit), customer == null ? null : customer.id(),
                customer == null ? null : customer.name(),
                reporter(c, reporterPhone, customer), c.description(), c.locationInUnit(), c.problemSince(), c.expectedOutcome(), receivedAt,
                Boolean.TRUE.equals(c.readBackConfirmed()), c.viaDepartment(), c.departmentReceivedAt(),
                staff ? user.accountId() : null, staff ? user.displayName() : null,
                related == null ? null : related.id, ComplaintFacts.ORDINARY.with(c.complainantCount(), c.lawsuit(),
                        c.media(), c.needsSupport()));
    }

    /** Who reported it: the reporter named at intake, else the customer with their phone on record. */
    private static Reporter reporter(NewRequest c, String reporterPhone, CustomerView customer) {
        String name = c.reporter() != null ? c.reporter().name() : customer == null ? null : customer.name();
        String phone = reporterPhone != null ? reporterPhone : customer == null ? null : customer.phone();
        return name == null && (phone == null || phone.isBlank()) ? null
                : new Reporter(name, phone == null || phone.isBlank() ? null : new PhoneNumber(phone));
    }

    /**
     * An owner reports from the portal: the time received is the server's, and
     * the facts that grade a complaint or start other clocks (the number of
     * complainants, a lawsuit, the media, outside support, a hand-over from
     * another department, a staff channel) are assessed by staff, not claimed.
     */
    private static void ownerIntake(NewRequest c, List<FieldProblem> problems) {
        if (!OWNER_CHANNELS.contains(c.channel())) {
            problems.add(new FieldProblem("channel", "one-of", new Object[] { OWNER_CHANNELS }));
        }
        staffOnly(problems, "receivedAt", c.receivedAt());
        staffOnly(problems, "receivedAtReason", c.receivedAtReason());
        staffOnly(problems, "complainantCount", c.complainantCount());
        staffOnly(problems, "lawsuit", c.lawsuit());
        staffOnly(problems, "media", c.media());
        staffOnly(problems, "needsSupport", c.needsSupport());
        staffOnly(problems, "viaDepartment", c.viaDepartment());
        staffOnly(problems, "departmentReceivedAt", c.departmentReceivedAt());
    }

    private static void staffOnly(List<FieldProblem> problems, String field, Object value) {
        if (value != null) {
            problems.add(FieldProblem.of(field, "staff-only"));
        }
    }

    static void complaintOnly(List<FieldProblem> problems, String field, Object value) {
        if (value != null) {
            problems.add(FieldProblem.of(field, "complaint-only"));
        }
    }

    /** The named customer; for an owner, themselves; else the one visible customer with the reporter's phone. */
    private CustomerView resolveCustomer(NewRequest c, CurrentUser user, String reporterPhone) {
        Long customerId = user.isOwner() ? user.customerId() : c.customerId();
        if (user.isOwner() && c.customerId() != null && !c.customerId().equals(user.customerId())) {
            throw DomainException.unknownReference("customerId");
        }
        if (customerId != null) {
            return registry.customerVisibleTo(customerId, user)
                    .orElseThrow(() -> DomainException.unknownReference("customerId"));
        }
        if (reporterPhone == null) {
            return null;
        }
        var matches = registry.searchCustomers(reporterPhone, null, 2, user).items().stream()
                .filter(m -> reporterPhone.equals(m.phone())).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /** The facts of any request, unscoped: for other modules reacting to its events. */
    @Transactional(readOnly = true)
    public java.util.Optional<RequestFacts> facts(long id) {
        Request current = registering.get();
        if (current != null && current.id == id) {
            return java.util.Optional.of(current.facts());
        }
        return repository.findById(id).map(Request::facts);
    }

    /**
     * The facts of a company's request with this number ({@code BX-20261126-0007}), unscoped: for a channel that
     * matches a customer's reply to the request it names (e-mail in), which then checks whose request it is.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<RequestFacts> factsByNumber(long companyId, String number) {
        return number == null || number.length() > 40 ? java.util.Optional.empty()
                : repository.findByCompanyIdAndNumber(companyId, number).map(Request::facts);
    }

    /** What people wrote on any request, unscoped: for other modules reacting to its events (no personal data). */
    @Transactional(readOnly = true)
    public java.util.Optional<RequestNarrative> narrative(long id) {
        return repository.findById(id).map(RequestNarrative::of);
    }

    /** The agreed repair visit's time (预约) of any request, unscoped, if it has one: for the owners' notices. */
    @Transactional(readOnly = true)
    public java.util.Optional<Instant> scheduledVisit(long id) {
        return repository.findById(id).map(r -> r.repairPlan == null ? null : r.repairPlan.scheduledAt());
    }

    /**
     * How many different complainants (the customer, else the reporter's phone)
     * made complaints of a category in a project received in {@code [from, to]},
     * cancelled ones left out, unscoped: for the hotspot rule. Counted only up to
     * {@code enough} (never more is answered), so the work is bounded by that
     * number and not by how many complaints one complainant made
     * ({@link ComplainantCount}).
     */
    @Transactional(readOnly = true)
    public int differentComplainants(long projectId, Category category, Instant from, Instant to, int enough) {
        return complainants.different(projectId, category, from, to, enough);
    }

    /** A request the caller may see, or 404: somebody else's data is never revealed. */
    @Transactional(readOnly = true)
    public Request find(long id, CurrentUser user) {
        return visible(id, user, () -> DomainException.notFound("request"));
    }

    private Request visible(long id, CurrentUser user, java.util.function.Supplier<DomainException> otherwise) {
        return repository.findById(id).filter(r -> maySee(r, user)).orElseThrow(otherwise);
    }

    /**
     * Staff see the requests their scope covers; an owner sees the requests
     * whose customer they are — those they reported themselves and those staff
     * registered for them — and not those of other customers on their unit.
     */
    private boolean maySee(Request r, CurrentUser user) {
        if (user.isOwner()) {
            return user.customerId() != null && user.customerId().equals(r.customerId);
        }
        return user.covers(r.scopePath);
    }

    public Set<Action> allowedActions(Request request, CurrentUser user) {
        return request.allowedActions(user);
    }

    /** The request as staff see it, with the steps they may take now. */
    public RequestView view(Request request, CurrentUser user) {
        return RequestView.of(request, allowedActions(request, user).stream().map(Action::pathName).toList());
    }

    /** The request as its customer sees it, with the steps they may take now: no internal records. */
    public CustomerRequestView customerView(Request request, CurrentUser user) {
        return CustomerRequestView.of(request, allowedActions(request, user).stream().map(Action::pathName).toList());
    }

    /** The whole timeline for staff; for an owner, the entries written to the customer. */
    @Transactional(readOnly = true)
    public List<?> timeline(long id, CurrentUser user) {
        long requestId = find(id, user).id;
        return user.isOwner() ? timeline.customerFacing(requestId) : timeline.of(requestId);
    }

    /**
     * Adds a photo or document to a request the caller may see, while it is
     * open; the timeline records it.
     */
    @Transactional
    public Attachments.Attachment attach(long id, String filename, byte[] bytes, boolean shareWithCustomer,
            CurrentUser user) {
        Request request = find(id, user);
        if (!request.status.isOpen()) {
            throw DomainException.conflict("request-closed");
        }
        if (filename != null && filename.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.invalidField("file", "malformed");
        }
        String type = Attachments.detectType(bytes);
        String name = filename == null || filename.isBlank() ? "attachment" : filename.replaceAll("[\\/]", "_");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        Instant now = clock.instant();
        Visibility visibility = user.isOwner() || shareWithCustomer ? Visibility.CUSTOMER : Visibility.INTERNAL;
        long attachmentId = attachments.store(request.companyId, request.id, name, type, bytes, user.accountId(),
                user.displayName(), now, visibility);
        timeline.append(request.companyId, request.id, now, user.accountId(), user.displayName(), "ATTACH",
                request.status, request.status, null, Map.of("attachmentId", attachmentId, "filename", name,
                        "contentType", type, "sizeBytes", bytes.length), visibility);
        return attachments.of(request.id, false).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow();
    }

    /**
     * The content type an attachment of these bytes would be stored as, or empty when {@link #attach} would refuse
     * it (a type not taken, empty, or too large): for a channel that brings files along (e-mail in) and must not
     * fail the whole message for one of them.
     */
    public static java.util.Optional<String> attachmentType(byte[] bytes) {
        try {
            return java.util.Optional.of(Attachments.detectType(bytes));
        } catch (DomainException refused) {
            return java.util.Optional.empty();
        }
    }

    /** Every attachment for staff; for an owner, those they sent and those staff shared with them. */
    @Transactional(readOnly = true)
    public List<Attachments.Attachment> attachments(long id, CurrentUser user) {
        return attachments.of(find(id, user).id, user.isOwner());
    }

    @Transactional(readOnly = true)
    public Attachments.Content attachment(long id, long attachmentId, CurrentUser user) {
        return attachments.content(find(id, user).id, attachmentId, user.isOwner())
                .orElseThrow(() -> DomainException.notFound("attachment"));
    }

    /**
     * Takes one step of the lifecycle on a request the caller may see; the
     * request itself refuses a step that is not allowed now.
     */
    @Transactional
    public Request act(long id, ActionCommand command, CurrentUser user) {
        Request request = find(id, user);
        Instant now = clock.instant();
        // Java 17: the action names the record (ActionCommand.typeOf); no pattern switch yet
        switch (command.action()) {
            case CLASSIFY -> request.classify((ActionCommand.Classify) command, registry::componentExists,
                    code -> coverage(request.unitId, code, request.receivedAt), user, now);
            case DISPATCH -> request.dispatch((ActionCommand.Dispatch) command,
                    assignee -> organisation.staffCovering(assignee, request.scopePath), user, now);
            case RESPOND -> request.respond((ActionCommand.Respond) command, user, now);
            case INVESTIGATE -> request.investigate((ActionCommand.Investigate) command, user, now);
            case AGREE_PLAN -> request.agreePlan((ActionCommand.AgreePlan) command, user, now);
            case CONFIRM_PLAN -> request.confirmPlan((ActionCommand.ConfirmPlan) command, user, now);
            case COMPLETE -> request.complete((ActionCommand.Complete) command, user, now);
            case ANSWER -> request.answer((ActionCommand.Answer) command, user, now);
            case VERIFY -> request.verify((ActionCommand.Verify) command, user, now);
            case REVISIT -> request.revisit((ActionCommand.Revisit) command, user, now);
            case ARCHIVE -> request.archive((ActionCommand.Archive) command, user, now);
            case REOPEN -> request.reopen((ActionCommand.Reopen) command, user, now);
            case CANCEL -> request.cancel((ActionCommand.Cancel) command, user, now);
            case RESCHEDULE -> request.reschedule((ActionCommand.Reschedule) command,
                    assignee -> organisation.staffCovering(assignee, request.scopePath),
                    (engineer, at) -> appointments.conflicts(request, engineer, at, user), user, now);
            case LINK -> request.link((ActionCommand.Link) command,
                    related -> visible(related, user, () -> DomainException.unknownReference("relatedRequestId")),
                    user, now);
            case NOTE -> request.note((ActionCommand.Note) command, user, now);
            case NOTIFY_PROGRESS -> request.notifyProgress((ActionCommand.NotifyProgress) command, user, now);
            case UPDATE_FACTS -> request.updateFacts((ActionCommand.UpdateFacts) command, user, now);
        }
        return repository.saveAndFlush(request);
    }

    /** The revisit step with the facts of the questionnaire that recorded it ({@link RevisitStep}). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    Request revisited(long id, ActionCommand.Revisit command, Map<String, Object> extra, CurrentUser user) {
        Request request = find(id, user);
        request.revisit(command, extra, user, clock.instant());
        return repository.saveAndFlush(request);
    }

    /**
     * A request of another kind about the same problem as {@code relatedId}, on
     * behalf of {@code user}: same unit, customer and reporter, linked to it
     * (a repair reported a third time becomes a complaint, 投诉上移制).
     */
    @Transactional
    public Registered registerFollowUp(long relatedId, RequestKind kind, Category category, String description,
            CurrentUser user) {
        Request r = repository.findById(relatedId).orElseThrow(() -> DomainException.notFound("request"));
        NewRequest.Reporter reporter = r.reporter == null || r.reporter.name() == null || r.reporter.phone() == null
                ? null : new NewRequest.Reporter(r.reporter.name(), r.reporter.phone().value());
        return register(new NewRequest(kind, r.channel, r.unitId, r.customerId, reporter, category, r.componentCode,
                r.emergency, description, r.locationInUnit, r.problemSince, r.expectedOutcome, null, true,
                r.viaDepartment, r.departmentReceivedAt, r.id), user);
    }

}
