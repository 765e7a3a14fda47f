package com.estatecare.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.escalation.internal.Cases;
import com.estatecare.escalation.internal.EscalationLadder;
import com.estatecare.escalation.internal.EscalationPolicy;
import com.estatecare.escalation.internal.FineLedger;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;

/**
 * The escalation module's use cases: where a request stands on the ladder
 * (投诉上移制), moving it up by rule, by a specialist or on a breached time
 * limit, and the similar earlier requests proposed at intake.
 */
@Service
public class Escalation {

    /** The actor named on the timeline when a rule moved the request. */
    static final String LADDER = "投诉上移制";

    /** A request's place on the ladder and how it got there. */
    public record View(EscalationLevel level, List<Cases.Step> history) {
    }

    /** An earlier request that may be about the same problem. */
    public record Similar(long id, String number, RequestKind kind, Category category, String componentCode,
            String status, EscalationLevel level, Instant createdAt) {
    }

    private final Cases cases;
    private final FineLedger fines;
    private final Requests requests;
    private final Organisation organisation;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Escalation(Cases cases, FineLedger fines, Requests requests, Organisation organisation, Policies policies,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.fines = fines;
        this.requests = requests;
        this.organisation = organisation;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps the module's record of a request in step with its facts. */
    @Transactional
    public void track(long requestId) {
        requests.facts(requestId).ifPresent(f -> cases.track(f, clock.instant()));
    }

    /** Keeps the record of a request that was registered or linked, and applies the ladder to it. */
    @Transactional
    public void applyLadder(long requestId) {
        RequestFacts facts = requests.facts(requestId).orElse(null);
        if (facts == null) {
            return;
        }
        cases.track(facts, clock.instant());
        if (!facts.kind().needsFullHandling()) {
            return;
        }
        Versioned<EscalationPolicy> policy = policies.current(EscalationPolicy.class, facts.companyId());
        List<RequestFacts> chain = chain(facts);
        int reports = (int) chain.stream().filter(r -> r.kind() == facts.kind()).count();
        EscalationLadder.decide(facts.kind(), reports, policy.policy()).ifPresent(decision -> {
            String note = "%s: %d%s".formatted(decision.rule(), reports, facts.kind() == RequestKind.REPAIR
                    ? " reports of the same problem" : " complaints about the same problem");
            raise(facts, decision.level(), decision.rule(), null, LADDER, note, "rule:" + decision.rule(),
                    policy.version());
            fines.propose(facts, chain, decision.rule(), decision.level());
            if (EscalationLadder.REPAIR_REPEATED_TO_PROJECT_COMPANY.equals(decision.rule())) {
                complaintAtProjectCompany(facts, policy.version());
            }
        });
    }

    /** A specialist hands the request to their supervisor: one level up. */
    @Transactional
    public View escalateBySpecialist(long requestId, String reason, CurrentUser user) {
        RequestFacts facts = requests.find(requestId, user).facts();
        cases.track(facts, clock.instant());
        int version = policies.current(EscalationPolicy.class, facts.companyId()).version();
        oneLevelUp(facts, EscalationLadder.SPECIALIST_ESCALATED, user.accountId(), user.displayName(), reason, null,
                version);
        return view(requestId);
    }

    /** A breached time limit whose policy wants it: one level up, once per clock. */
    @Transactional
    public void escalateOnBreach(long requestId, long clockId, String limit) {
        RequestFacts facts = requests.facts(requestId).orElse(null);
        if (facts == null) {
            return;
        }
        cases.track(facts, clock.instant());
        int version = policies.current(EscalationPolicy.class, facts.companyId()).version();
        oneLevelUp(facts, EscalationLadder.TIME_LIMIT_BREACHED, null, "时限 " + limit,
                "time limit " + limit + " breached", "clock:" + clockId, version);
    }

    /** Where the request stands; a request not (yet) known here is at the first level. */
    @Transactional(readOnly = true)
    public View view(long requestId) {
        return new View(levelOf(requestId), cases.history(requestId));
    }

    @Transactional(readOnly = true)
    public EscalationLevel levelOf(long requestId) {
        return cases.find(requestId).map(Cases.Case::level).orElse(EscalationLevel.PROPERTY_COMPANY);
    }

    /** Recent requests on the unit with the same category or component that the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<Similar> similar(long unitId, Category category, String componentCode, Long excludeId,
            CurrentUser user) {
        if (category == null && (componentCode == null || componentCode.isBlank())) {
            throw DomainException.invalidField("category", "category-or-component");
        }
        long company = user.companyId() == null ? Policies.GROUP : user.companyId();
        int days = policies.current(EscalationPolicy.class, company).policy().similarWithinDays();
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return cases.similar(unitId, category, componentCode, since, user.scopePath(), excludeId, 10).stream()
                .map(c -> new Similar(c.requestId(), c.number(), c.kind(), c.category(), c.componentCode(),
                        c.status(), c.level(), c.createdAt()))
                .toList();
    }

    private void oneLevelUp(RequestFacts facts, String reason, Long actorId, String actorName, String note,
            String source, int version) {
        Cases.Case current = cases.lock(facts.id());
        Optional<EscalationLevel> next = current.level().next();
        if (next.isEmpty()) {
            if (source == null || !cases.hasStep(facts.id(), source)) {
                requests.recordOnTimeline(facts.id(), actorName, "ESCALATE_AT_TOP", note,
                        Map.of("level", current.level(), "rule", reason));
            }
            return;
        }
        raise(facts, next.get(), reason, actorId, actorName, note, source, version);
    }

    /** Moves the request up to {@code target} unless it stands there already; records and publishes the step. */
    private boolean raise(RequestFacts facts, EscalationLevel target, String reason, Long actorId, String actorName,
            String note, String source, int version) {
        Cases.Case current = cases.lock(facts.id());
        if (current.level().isAtLeast(target) || (source != null && cases.hasStep(facts.id(), source))) {
            return false;
        }
        Instant now = clock.instant();
        cases.addStep(current, target, reason, actorId, actorName, note, source, version, now);
        cases.moveTo(facts.id(), target, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromLevel", current.level());
        details.put("toLevel", target);
        details.put("rule", reason);
        details.put("policyVersion", version);
        requests.recordOnTimeline(facts.id(), actorName, "ESCALATE", note, details);
        events.publishEvent(new RequestEscalated(facts.id(), facts.companyId(), facts.number(), current.level(),
                target, reason, now));
        return true;
    }

    /**
     * A repair reported the third time counts as a complaint at the project company: registered once, linked
     * to the repair, on behalf of the repair's first-contact staff member (首问负责人).
     */
    private void complaintAtProjectCompany(RequestFacts repair, int version) {
        if (cases.lock(repair.id()).followUpId() != null) {
            return;
        }
        Long staffId = repair.firstContactId() != null ? repair.firstContactId() : repair.assigneeId();
        Optional<CurrentUser> staff = Optional.ofNullable(staffId).flatMap(organisation::account)
                .map(account -> organisation.userByUsername(account.username()));
        if (staff.isEmpty()) {
            requests.recordOnTimeline(repair.id(), LADDER, "ESCALATE_NO_COMPLAINT",
                    "no first-contact staff member to register the complaint", Map.of());
            return;
        }
        var complaint = requests.registerFollowUp(repair.id(), RequestKind.COMPLAINT, complaintCategory(repair),
                "第%d次报修同一问题，视为投诉（投诉上移制），原报修 %s".formatted(chain(repair).size(), repair.number()),
                staff.get());
        cases.followedUpBy(repair.id(), complaint.id());
        RequestFacts facts = requests.facts(complaint.id()).orElseThrow();
        cases.track(facts, clock.instant());
        raise(facts, EscalationLevel.PROJECT_COMPANY, EscalationLadder.REPAIR_REPEATED_TO_PROJECT_COMPANY, null,
                LADDER, "repair " + repair.number() + " reported again: complaint at the project company",
                "rule:" + EscalationLadder.REPAIR_REPEATED_TO_PROJECT_COMPANY, version);
    }

    private static Category complaintCategory(RequestFacts repair) {
        if (repair.category() == null) {
            return Category.ENGINEERING_QUALITY;
        }
        return switch (repair.category()) {
            case PROPERTY_SERVICE -> Category.PROPERTY_MANAGEMENT;
            case OTHER -> Category.OTHER;
            default -> Category.ENGINEERING_QUALITY;
        };
    }

    /** The request and the earlier ones it is linked to (the same problem), newest first. */
    private List<RequestFacts> chain(RequestFacts facts) {
        List<RequestFacts> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        RequestFacts current = facts;
        while (current != null && seen.add(current.id()) && chain.size() < 100) {
            chain.add(current);
            current = current.relatedRequestId() == null ? null
                    : requests.facts(current.relatedRequestId()).orElse(null);
        }
        return chain;
    }
}
