package com.estatecare.escalation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.escalation.EscalationReason;
import com.estatecare.escalation.EscalationStayedAtTop;
import com.estatecare.escalation.FollowUpComplaintNotRegistered;
import com.estatecare.escalation.RequestEscalated;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.Requests;
import com.estatecare.requests.SimilarRequests;

/**
 * The ladder's use cases (投诉上移制): where a request stands, moving it up by
 * rule when the same problem comes back, by a specialist or on a breached time
 * limit. The rules decide (one class each); this class keeps the case and
 * publishes {@link RequestEscalated}, which the timeline, the fines and the
 * notifications react to.
 */
@Service
class Escalation {

    /** The actor named on the timeline when a rule moved the request. */
    static final String LADDER = "投诉上移制";

    /** A request's place on the ladder and how it got there. */
    record View(EscalationLevel level, List<Step> history) {
    }

    /** One change of level. */
    record Step(long id, EscalationLevel fromLevel, EscalationLevel toLevel, String reasonCode, Long actorId,
            String actorName, String note, int policyVersion, Instant at) {
    }

    /** An earlier request that may be about the same problem, with its place on the ladder. */
    record Similar(long id, String number, RequestKind kind, Category category, String componentCode,
            RequestStatus status, EscalationLevel level, Instant createdAt) {
    }

    private final EscalationCases cases;
    private final Requests requests;
    private final SimilarRequests sameProblem;
    private final Organisation organisation;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Escalation(EscalationCases cases, Requests requests, SimilarRequests sameProblem, Organisation organisation,
            Policies policies, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.sameProblem = sameProblem;
        this.organisation = organisation;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** A request registered or linked: the ladder's rules for the same problem reported again. */
    @Transactional
    public void applyLadder(long requestId) {
        RequestFacts facts = requests.facts(requestId).orElse(null);
        if (facts == null || !facts.kind().needsFullHandling()) {
            return;
        }
        Versioned<EscalationPolicy> policy = policies.current(EscalationPolicy.class, facts.companyId());
        List<RequestFacts> chain = sameProblem.chain(facts);
        LadderFacts ladderFacts = LadderFacts.of(chain);
        EscalationLadder.decide(ladderFacts, policy.policy(), policy.version()).ifPresent(step -> {
            String note = "%s: %d%s".formatted(step.reason(), ladderFacts.sameKindReports(),
                    facts.kind() == RequestKind.REPAIR ? " reports of the same problem"
                            : " complaints about the same problem");
            raise(facts, step, null, LADDER, note, "rule:" + step.reason());
            if (step.reason() == EscalationReason.REPAIR_REPEATED_TO_PROJECT_COMPANY) {
                complaintAtProjectCompany(facts, chain.size(), step);
            }
        });
    }

    /** A specialist hands the request to their supervisor: one level up. */
    @Transactional
    public View escalateBySpecialist(long requestId, String reason, CurrentUser user) {
        RequestFacts facts = requests.find(requestId, user).facts();
        int version = policies.current(EscalationPolicy.class, facts.companyId()).version();
        oneLevelUp(facts, EscalationReason.SPECIALIST_ESCALATED, user.accountId(), user.displayName(), reason, null,
                version);
        return view(requestId);
    }

    /** A breached time limit whose policy wants it: one level up, once per clock. */
    @Transactional
    public void escalateOnBreach(long requestId, long clockId, String limit) {
        requests.facts(requestId).ifPresent(facts -> {
            int version = policies.current(EscalationPolicy.class, facts.companyId()).version();
            oneLevelUp(facts, EscalationReason.TIME_LIMIT_BREACHED, null, "时限 " + limit,
                    "time limit " + limit + " breached", "clock:" + clockId, version);
        });
    }

    /** Where the request stands; a request that never climbed is at the first level. */
    @Transactional(readOnly = true)
    public View view(long requestId) {
        return new View(cases.levels(List.of(requestId)).get(requestId), cases.history(requestId));
    }

    /**
     * Recent requests on the unit with the same category or component that the caller may see, newest first.
     * Not read-only: the first read of a company's policy stores the defaults ({@code Policies.current}).
     */
    @Transactional
    public List<Similar> similar(long unitId, Category category, String componentCode, Long excludeId,
            CurrentUser user) {
        if (category == null && (componentCode == null || componentCode.isBlank())) {
            throw DomainException.invalidField("category", "category-or-component");
        }
        long company = user.companyId() == null ? Policies.GROUP : user.companyId();
        int days = policies.current(EscalationPolicy.class, company).policy().similarWithinDays();
        Instant since = clock.instant().minus(Duration.ofDays(days));
        List<SimilarRequests.Match> matches = sameProblem.find(unitId, category, componentCode, since, excludeId, 10,
                user);
        Map<Long, EscalationLevel> levels = cases.levels(matches.stream().map(SimilarRequests.Match::id).toList());
        return matches.stream().map(m -> new Similar(m.id(), m.number(), m.kind(), m.category(), m.componentCode(),
                m.status(), levels.get(m.id()), m.createdAt())).toList();
    }

    private void oneLevelUp(RequestFacts facts, EscalationReason reason, Long actorId, String actorName, String note,
            String source, int version) {
        EscalationCase current = cases.lock(facts.id(), facts.companyId(), clock.instant());
        Optional<LadderStep> step = OneLevelUp.decide(current.level(), reason, version);
        if (step.isPresent()) {
            raise(facts, step.get(), actorId, actorName, note, source);
        } else if (source == null || !cases.hasStep(facts.id(), source)) {
            events.publishEvent(new EscalationStayedAtTop(facts.id(), current.level(), reason, actorId, actorName,
                    note, clock.instant()));
        }
    }

    /** Moves the request up unless it stands there already or the source moved it before; publishes the step. */
    private void raise(RequestFacts facts, LadderStep step, Long actorId, String actorName, String note,
            String source) {
        Instant now = clock.instant();
        EscalationCase current = cases.lock(facts.id(), facts.companyId(), now);
        if (!current.climbsWith(step) || (source != null && cases.hasStep(facts.id(), source))) {
            return;
        }
        cases.climb(current, step, actorId, actorName, note, source, now, facts.scopePath());
        events.publishEvent(new RequestEscalated(facts.id(), facts.companyId(), facts.number(), facts.kind(),
                current.level(), step.level(), step.reason(), step.policyVersion(), actorId, actorName, note, now));
    }

    /** The repair reported again becomes a complaint at the project company (see {@link RepeatedRepairBecomesComplaint}). */
    private void complaintAtProjectCompany(RequestFacts repair, int reports, LadderStep step) {
        EscalationCase repairCase = cases.lock(repair.id(), repair.companyId(), clock.instant());
        var decision = RepeatedRepairBecomesComplaint.decide(repair, repairCase.followedUp());
        if (decision instanceof RepeatedRepairBecomesComplaint.AlreadyRegistered) {
            return;
        }
        Optional<CurrentUser> staff = decision instanceof RepeatedRepairBecomesComplaint.Register register
                ? organisation.account(register.staffId()).map(a -> organisation.userByUsername(a.username()))
                : Optional.empty();
        if (staff.isEmpty()) {
            events.publishEvent(new FollowUpComplaintNotRegistered(repair.id(), LADDER, clock.instant()));
            return;
        }
        Category category = ((RepeatedRepairBecomesComplaint.Register) decision).category();
        var complaint = requests.registerFollowUp(repair.id(), RequestKind.COMPLAINT, category,
                "第%d次报修同一问题，视为投诉（投诉上移制），原报修 %s".formatted(reports, repair.number()), staff.get());
        cases.followedUpBy(repair.id(), complaint.id());
        RequestFacts facts = requests.facts(complaint.id()).orElseThrow();
        raise(facts, step, null, LADDER, "repair " + repair.number() + " reported again: complaint at the project company",
                "rule:" + step.reason());
    }
}
