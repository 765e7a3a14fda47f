package com.estatecare.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.calendar.CalendarPolicy;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.Policies;
import com.estatecare.privacy.internal.RightsRule.Kind;
import com.estatecare.privacy.internal.RightsRule.State;
import com.estatecare.registry.CustomerAnonymisation;
import com.estatecare.registry.CustomerRecords;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.requests.OpenRequests;

/**
 * The owner's rights requests (个人信息权利请求, PIPL art. 44–47): made by the owner for themselves or by staff on
 * their behalf, due {@link RightsPolicy#workingDays()} working days later on the customer's company's business
 * calendar, decided by a manager or HQ with a reason; an approved correction or erasure is applied through the
 * registry, which owns the customer record. Each request made and decided is an audit entry ({@code RIGHTS_REQUEST});
 * what it applied is the registry's customer change ({@code CUSTOMER_CHANGED}).
 */
@Service
class RightsRequests {

    /** Staff who make a request on the owner's behalf (and read those of their branch). */
    static final Set<Role> MAKERS = Set.of(Role.AGENT, Role.MANAGER, Role.HQ);
    /** Staff who decide one. */
    static final Set<Role> DECIDERS = Set.of(Role.MANAGER, Role.HQ);

    private final RightsRequestStore store;
    private final Registry registry;
    private final CustomerRecords records;
    private final CustomerAnonymisation anonymisation;
    private final OpenRequests openRequests;
    private final Consents consents;
    private final BusinessCalendar calendar;
    private final Policies policies;
    private final AuditLog log;
    private final Callers callers;
    private final Clock clock;

    RightsRequests(RightsRequestStore store, Registry registry, CustomerRecords records,
            CustomerAnonymisation anonymisation, OpenRequests openRequests,
            Consents consents, BusinessCalendar calendar, Policies policies, AuditLog log, Callers callers,
            Clock clock) {
        this.store = store;
        this.registry = registry;
        this.records = records;
        this.anonymisation = anonymisation;
        this.openRequests = openRequests;
        this.consents = consents;
        this.calendar = calendar;
        this.policies = policies;
        this.log = log;
        this.callers = callers;
        this.clock = clock;
    }

    @Transactional
    RightsRequestView make(long customerId, String kind, String field, String value, String note, CurrentUser user) {
        List<FieldProblem> problems = RightsRule.problems(kind, field, value, note);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        CustomerView customer = registry.customerVisibleTo(customerId, user)
                .orElseThrow(() -> DomainException.notFound("customer"));
        if (!user.isOwner() && !user.hasAny(MAKERS)) {
            throw DomainException.forbidden("forbidden");
        }
        Kind k = Kind.valueOf(kind);
        if (store.openOf(customerId, k)) {
            throw DomainException.conflict("rights-request-open");
        }
        boolean correction = k == Kind.CORRECTION;
        String proposed = correction ? RightsRule.normalised(field, value) : null;
        String masked = correction ? AuditMasking.mask(field, proposed) : null;
        Instant now = clock.instant();
        LocalDate due = dueOn(customer.companyId(), now);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        long id = store.insert(new RightsRequestStore.NewRow(customer.companyId(), customer.scopePath(), customerId,
                k, correction ? field : null, proposed, masked, cleanNote, user.isOwner() ? "PORTAL" : "STAFF",
                user.accountId(), user.displayName(), now, due));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", k.name());
        if (correction) {
            detail.put("field", field);
            detail.put("value", masked);
        }
        detail.put("dueOn", due.toString());
        detail.put("note", AuditMasking.text(cleanNote));
        log.append(new AuditLog.Entry(AuditAction.RIGHTS_REQUEST, AuditEntry.DONE, callers.of(user),
                customer.companyId(), customer.scopePath(), "RIGHTS_REQUEST", id, "MADE", detail));
        return one(id, user);
    }

    /** The day a request received at {@code at} is due, on the company's calendar and its rights-requests policy. */
    LocalDate dueOn(long companyId, Instant at) {
        int days = policies.current(RightsPolicy.class, companyId).policy().workingDays();
        ZoneId zone = ZoneId.of(policies.current(CalendarPolicy.class, companyId).policy().zone());
        return RightsRule.dueOn(calendar.dayOf(companyId, at), days,
                day -> calendar.isWorkingDay(companyId, day.atTime(12, 0).atZone(zone).toInstant()));
    }

    @Transactional(readOnly = true)
    RightsRequestView one(long id, CurrentUser user) {
        mayRead(user);
        return store.find(id, user, false).map(r -> view(r, user)).orElseThrow(
                () -> DomainException.notFound("rights-request"));
    }

    @Transactional(readOnly = true)
    CursorPage<RightsRequestView> page(CurrentUser user, State state, boolean overdueOnly, String cursor, int limit) {
        mayRead(user);
        List<RightsRequestStore.Row> rows = store.page(user, state, overdueOnly, today(), CursorPage.decode(cursor),
                limit + 1);
        return CursorPage.of(rows, limit, RightsRequestStore.Row::id).map(r -> view(r, user));
    }

    /**
     * Approves or refuses an open request; an approved correction sets the field through the registry, an approved
     * erasure anonymises the customer there and answers what was kept and why. Refused by rule, with nothing
     * changed, while the customer is under legal hold or has open requests.
     */
    @Transactional
    RightsRequestView decide(long id, Boolean approve, String reason, CurrentUser user) {
        List<FieldProblem> problems = RightsRule.decisionProblems(approve, reason);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        mayRead(user);
        RightsRequestStore.Row r = store.find(id, user, true)
                .orElseThrow(() -> DomainException.notFound("rights-request"));
        if (!user.hasAny(DECIDERS)) {
            throw DomainException.forbidden("forbidden");
        }
        int open = r.kind() == Kind.ERASURE ? openRequests.countOf(r.customerId()) : 0;
        boolean held = r.kind() == Kind.ERASURE && anonymisation.held(r.customerId());
        RightsRule.Decision decision = RightsRule.decide(r.kind(), r.state(), approve, open, held);
        List<RightsRule.Kept> kept = null;
        if (decision.apply() && r.kind() == Kind.CORRECTION) {
            records.correct(r.customerId(), r.field(), r.proposedValue());
        } else if (decision.apply()) {
            kept = erase(r.customerId(), user);
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        store.decide(id, decision, clock.instant(), user, text, kept);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", r.kind().name());
        detail.put("answer", decision.answer().name());
        detail.put("text", AuditMasking.text(text));
        if (kept != null) {
            detail.put("kept", kept);
        }
        log.append(new AuditLog.Entry(AuditAction.RIGHTS_REQUEST, decision.apply() ? AuditEntry.DONE
                : AuditEntry.REFUSED, callers.of(user), r.companyId(), r.scopePath(), "RIGHTS_REQUEST", id,
                "DECIDED", detail));
        return one(id, user);
    }

    /** What stays is counted first, then the person goes (the registry's anonymisation, shared with retention). */
    private List<RightsRule.Kept> erase(long customerId, CurrentUser user) {
        var units = registry.unitsOf(customerId);
        int delivered = (int) units.stream().filter(u -> u.deliveredOn() != null).count();
        int consentRecords = consents.of(customerId, user).history().size();
        List<RightsRule.Kept> kept = RightsRule.kept(units.size(), delivered, consentRecords);
        records.anonymise(customerId);
        store.forgetProposedValues(customerId);
        return kept;
    }

    private RightsRequestView view(RightsRequestStore.Row r, CurrentUser user) {
        boolean decidable = r.state() == State.OPEN && !user.isOwner() && user.hasAny(DECIDERS);
        return new RightsRequestView(r.id(), r.customerId(), r.customerName(), r.kind(), r.state(), r.field(),
                r.proposedMasked(), r.note(), r.channel(), r.makerName(), r.receivedAt(), r.dueOn(),
                RightsRule.overdue(r.state(), r.dueOn(), today()), r.decidedAt(), r.deciderName(), r.answer(),
                r.answerText(), r.kept(), decidable);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    private static void mayRead(CurrentUser user) {
        if (!user.isOwner() && !user.hasAny(MAKERS)) {
            throw DomainException.forbidden("forbidden");
        }
    }
}
