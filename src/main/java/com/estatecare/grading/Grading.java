package com.estatecare.grading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.grading.internal.GradeRules;
import com.estatecare.grading.internal.GradeStore;
import com.estatecare.grading.internal.GradeStore.CurrentGrade;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.Requests;

/**
 * The grading module's use cases: grade a complaint from its facts (at
 * registration, when a fact changes, when time passes), change a grade by
 * hand, and sweep the complaints whose time-based rule is due. The grade rises
 * automatically and never falls automatically; every change is kept in the
 * history, lands on the request's timeline naming the rule, and is published.
 */
@Service
public class Grading {

    /** The actor named on the timeline for automatic changes. */
    static final String RULES = "投诉分级规则";
    private static final int SWEEP_BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Grading.class);

    private final Requests requests;
    private final Policies policies;
    private final GradeStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Grading(Requests requests, Policies policies, GradeStore store, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.requests = requests;
        this.policies = policies;
        this.store = store;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The current grade of a complaint (1 major … 4 ordinary), if it has been graded. */
    public java.util.Optional<Integer> gradeOf(long requestId) {
        return store.find(requestId).map(GradeStore.CurrentGrade::grade);
    }

    /** Grades a complaint from its facts now; raises the grade when a more serious rule fires. */
    public void regrade(long requestId) {
        transaction.executeWithoutResult(status -> {
            RequestFacts facts = requests.facts(requestId).orElse(null);
            if (facts == null || facts.kind() != RequestKind.COMPLAINT) {
                store.clearNextCheck(requestId);
                return;
            }
            regrade(facts);
        });
    }

    /**
     * One sweep: the complaints whose next time-based rule is due, and only
     * those. Called by the timer; tests call it directly after moving the clock.
     *
     * @return how many complaints were looked at
     */
    public int sweep() {
        List<Long> due = store.due(clock.instant(), SWEEP_BATCH);
        for (long requestId : due) {
            try {
                regrade(requestId);
            } catch (RuntimeException e) {
                log.error("Grading of request {} failed; the next sweep tries again", requestId, e);
            }
        }
        return due.size();
    }

    /**
     * 人工调整: a manager sets the grade, up or down, with a reason. The rules
     * firing now are set aside, so that only a new fact raises it again.
     */
    public void change(long requestId, int grade, String reason, CurrentUser user) {
        ComplaintGrade to = ComplaintGrade.of(grade);
        transaction.executeWithoutResult(status -> {
            RequestFacts facts = requests.find(requestId, user).facts();
            if (facts.kind() != RequestKind.COMPLAINT) {
                throw DomainException.conflict("not-a-complaint");
            }
            CurrentGrade current = regrade(facts);
            Versioned<GradingPolicy> policy = policyOf(current);
            Instant now = clock.instant();
            Set<GradeReason> waived = EnumSet.noneOf(GradeReason.class);
            waived.addAll(GradeRules.fired(policy.policy(), facts, context(facts, policy.policy()), now));
            List<GradeReason> reasons = List.of(GradeReason.MANUAL);
            store.update(requestId, to.number(), reasons, waived, GradeRules.nextCheck(policy.policy(), facts, to, now),
                    now);
            changed(facts, current.grade(), to, reasons, policy.version(), user.accountId(), user.displayName(),
                    reason, now);
        });
    }

    private CurrentGrade regrade(RequestFacts facts) {
        Instant now = clock.instant();
        Versioned<GradingPolicy> inForce = policies.current(GradingPolicy.class, facts.companyId());
        boolean first = store.createIfAbsent(facts.id(), facts.companyId(), inForce.companyId(), inForce.version(), now);
        CurrentGrade row = store.lock(facts.id()).orElseThrow();
        Versioned<GradingPolicy> policy = first ? inForce : policyOf(row);
        List<GradeReason> active = new ArrayList<>(
                GradeRules.fired(policy.policy(), facts, context(facts, policy.policy()), now));
        active.removeAll(row.waived());
        ComplaintGrade computed = GradeRules.gradeOf(active);
        ComplaintGrade current = ComplaintGrade.of(row.grade());
        boolean rises = first || computed.isMoreSeriousThan(current);
        ComplaintGrade grade = rises ? computed : current;
        Set<GradeReason> reasons = EnumSet.noneOf(GradeReason.class);
        if (!rises) {
            reasons.addAll(row.reasons());
        }
        active.stream().filter(r -> r.grade() == grade).forEach(reasons::add);
        Instant next = GradeRules.nextCheck(policy.policy(), facts, grade, now);
        store.update(facts.id(), grade.number(), reasons, row.waived(), next, now);
        if (rises) {
            changed(facts, first ? null : row.grade(), grade, List.copyOf(reasons), policy.version(), null, RULES,
                    null, now);
        }
        return store.find(facts.id()).orElseThrow();
    }

    private void changed(RequestFacts facts, Integer from, ComplaintGrade to, List<GradeReason> reasons,
            int policyVersion, Long actorId, String actorName, String reason, Instant now) {
        store.recordHistory(facts.companyId(), facts.id(), now, from, to.number(), reasons, policyVersion, actorId,
                actorName, reason);
        List<String> codes = reasons.stream().map(Enum::name).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromGrade", from);
        details.put("toGrade", to.number());
        details.put("rule", codes.isEmpty() ? null : codes.get(0));
        details.put("reasons", codes);
        details.put("policyVersion", policyVersion);
        requests.recordOnTimeline(facts.id(), actorName, "GRADE", reason, details);
        events.publishEvent(new ComplaintGraded(facts.id(), facts.companyId(), facts.number(), from, to.number(),
                codes, policyVersion, now));
        if (to.number() <= ComplaintGrade.HOTSPOT.number()) {
            store.openSpecialReport(facts.companyId(), facts.id(), facts.number(), facts.scopePath(), to.number(),
                    now)
                    .ifPresent(reportId -> events.publishEvent(
                            new SpecialReportOpened(reportId, facts.id(), facts.companyId(), to.number(), now)));
        }
    }

    /** Hotspot: different complainants of the project's same-category complaints in the window; repeat after closure. */
    private GradeRules.Context context(RequestFacts facts, GradingPolicy policy) {
        int complainants = 1;
        if (facts.projectId() != null && facts.category() != null) {
            complainants = (int) requests.complaintFacts(facts.projectId(), facts.category(),
                    facts.receivedAt().minus(Duration.ofDays(policy.hotspotWindowDays())), facts.receivedAt())
                    .stream().filter(other -> other.status() != RequestStatus.CANCELLED)
                    .map(RequestFacts::complainant).distinct().count();
        }
        boolean repeats = facts.relatedRequestId() != null && requests.facts(facts.relatedRequestId())
                .filter(related -> related.kind() == RequestKind.COMPLAINT)
                .filter(related -> GradeRules.RESOLVED.contains(related.status())
                        && related.status() != RequestStatus.CANCELLED)
                .isPresent();
        return new GradeRules.Context(complainants, repeats);
    }

    private Versioned<GradingPolicy> policyOf(CurrentGrade row) {
        return policies.version(GradingPolicy.class, row.policyCompanyId(), row.policyVersion());
    }
}
