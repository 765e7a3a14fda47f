package com.estatecare.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.grading.internal.Complaint;
import com.estatecare.grading.internal.GradeDecision;
import com.estatecare.grading.internal.GradeRecord;
import com.estatecare.grading.internal.GradeRules;
import com.estatecare.grading.internal.GradeStore;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;

/**
 * The grading module's use cases: grade a complaint from its facts (at
 * registration, when a fact changes, when time passes), change a grade by
 * hand, and sweep the complaints whose time-based rule is due. The rules are
 * {@link GradeRules}, the grade's movement {@link GradeRecord}; every change is
 * kept in the history and published as {@link ComplaintGraded}, which puts it
 * on the request's timeline naming the rule.
 */
@Service
public class Grading {

    /** The actor named on the timeline for automatic changes. */
    static final String RULES = "投诉分级规则";
    private static final int SWEEP_BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Grading.class);

    private final Requests requests;
    private final Policies policies;
    private final GradeRules rules;
    private final GradeStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Grading(Requests requests, Policies policies, GradeRules rules, GradeStore store, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.requests = requests;
        this.policies = policies;
        this.rules = rules;
        this.store = store;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The current grade of a complaint (1 major … 4 ordinary), if it has been graded. */
    public Optional<Integer> gradeOf(long requestId) {
        return store.find(requestId).map(grade -> grade.grade().number());
    }

    /** Grades a complaint from its facts now; raises the grade when a more serious rule fires. */
    public void regrade(long requestId) {
        transaction.executeWithoutResult(status -> {
            RequestFacts facts = requests.facts(requestId).orElse(null);
            if (facts == null || facts.kind() != RequestKind.COMPLAINT) {
                store.clearNextCheck(requestId);
                return;
            }
            Instant now = clock.instant();
            Graded graded = grade(facts, now);
            store.save(graded.record(), facts.status().isOpen(), now);
        });
    }

    /**
     * Grades a complaint registered in the current transaction. Nobody else can
     * see it before the commit, so its grade record is written once, with its
     * first grade, instead of a placeholder row taken as a lock and then updated.
     */
    public void gradeRegistered(long requestId) {
        transaction.executeWithoutResult(status -> {
            RequestFacts facts = requests.facts(requestId).orElse(null);
            if (facts == null || facts.kind() != RequestKind.COMPLAINT) {
                return;
            }
            Instant now = clock.instant();
            Versioned<GradingPolicy> policy = policies.current(GradingPolicy.class, facts.companyId());
            GradeRecord record = GradeRecord.first(facts.id(), facts.companyId(), policy.companyId(),
                    policy.version());
            Complaint complaint = complaintOf(facts);
            // a first grading is always a change: its history row goes in with the grade, one statement
            GradeRecord.Change change = record.apply(rules.fired(complaint, policy, now)).orElseThrow();
            record.checkNextAt(rules.nextCheck(complaint, policy, record.grade(), now));
            store.insertFirst(record, change, RULES, facts, now);
            announce(facts, change, policy.version(), null, RULES, null, now);
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
            Instant now = clock.instant();
            Graded graded = grade(facts, now);
            GradeRecord record = graded.record();
            GradeRecord.Change change = record.change(to, graded.fired());
            record.checkNextAt(rules.nextCheck(graded.complaint(), graded.policy(), to, now));
            store.save(record, facts.status().isOpen(), now);
            changed(facts, change, graded.policy().version(), user.accountId(), user.displayName(), reason, now);
        });
    }

    private record Graded(GradeRecord record, Complaint complaint, Versioned<GradingPolicy> policy,
            List<GradeDecision> fired) {
    }

    /** Applies the rules firing now under the policy the complaint was first graded with. */
    private Graded grade(RequestFacts facts, Instant now) {
        Versioned<GradingPolicy> inForce = policies.current(GradingPolicy.class, facts.companyId());
        GradeRecord record = store.lockOrStart(facts, inForce.companyId(), inForce.version(), now);
        Versioned<GradingPolicy> policy = record.isFirst() ? inForce
                : policies.version(GradingPolicy.class, record.policyCompanyId(), record.policyVersion());
        return grade(facts, record, policy, now);
    }

    private Graded grade(RequestFacts facts, GradeRecord record, Versioned<GradingPolicy> policy, Instant now) {
        Complaint complaint = complaintOf(facts);
        List<GradeDecision> fired = rules.fired(complaint, policy, now);
        record.apply(fired).ifPresent(change -> changed(facts, change, policy.version(), null, RULES, null, now));
        record.checkNextAt(rules.nextCheck(complaint, policy, record.grade(), now));
        return new Graded(record, complaint, policy, fired);
    }

    /** The complaint as the rules read it, with the request it follows up, if any. */
    private Complaint complaintOf(RequestFacts facts) {
        RequestFacts earlier = facts.relatedRequestId() == null ? null
                : requests.facts(facts.relatedRequestId()).orElse(null);
        return Complaint.of(facts, earlier);
    }

    private void changed(RequestFacts facts, GradeRecord.Change change, int policyVersion, Long actorId,
            String actorName, String reason, Instant now) {
        store.recordHistory(facts.companyId(), facts.id(), now, change.from(), change.to(), change.reasons(),
                policyVersion, actorId, actorName, reason);
        announce(facts, change, policyVersion, actorId, actorName, reason, now);
    }

    /** Publishes the change (the timeline names the rule) and opens the special report of a major complaint. */
    private void announce(RequestFacts facts, GradeRecord.Change change, int policyVersion, Long actorId,
            String actorName, String reason, Instant now) {
        List<String> codes = change.reasons().stream().map(Enum::name).toList();
        events.publishEvent(new ComplaintGraded(facts.id(), facts.companyId(), facts.number(),
                change.from() == null ? null : change.from().number(), change.to().number(), codes, policyVersion, now,
                actorId, actorName, reason));
        if (change.to().isMoreSeriousThan(ComplaintGrade.IMPORTANT)) {
            store.openSpecialReport(facts.companyId(), facts.id(), facts.number(), facts.scopePath(), change.to(), now)
                    .ifPresent(reportId -> events.publishEvent(
                            new SpecialReportOpened(reportId, facts.id(), facts.companyId(), change.to().number(),
                                    now)));
        }
    }
}
