package com.estatecare.grading.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.Requests;

/**
 * The table of the grade rules of SPEC §3 (《客户投诉程序》§3.3), one class
 * each: which fire now for a complaint, and when a time-based one may fire next.
 */
@Component
public class GradeRules {

    private final List<GradeRule> rules;

    GradeRules(Requests requests) {
        this.rules = List.of(new LawsuitRule(), new MediaRule(), new CollectiveComplaintRule(), new UnresolvedRule(),
                new HotspotRule(requests::differentComplainants), new RepeatedAfterClosureRule(),
                new NeedsSupportRule());
    }

    /** The rules that fire now, in the order of their reason codes (most serious first). */
    public List<GradeDecision> fired(Complaint complaint, Versioned<GradingPolicy> policy, Instant now) {
        return rules.stream().map(rule -> rule.decide(complaint, policy, now)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(GradeDecision::reason)).toList();
    }

    /** The first point in time at which a rule may raise the grade although no fact changes. */
    public Instant nextCheck(Complaint complaint, Versioned<GradingPolicy> policy, ComplaintGrade grade, Instant now) {
        return rules.stream().map(rule -> rule.nextCheck(complaint, policy, grade, now)).flatMap(Optional::stream)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
