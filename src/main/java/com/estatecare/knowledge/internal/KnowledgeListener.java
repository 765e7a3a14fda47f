package com.estatecare.knowledge.internal;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.grading.ComplaintGraded;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Requests;

/**
 * Follows the requests and the grades: an archived complaint is proposed as a case; every step of a repair
 * keeps its defect record; a collective complaint that is graded gets the contingency plans that fit it. Reads
 * the requests' facts and texts, never writes them.
 */
@Component
class KnowledgeListener {

    private final Requests requests;
    private final CaseLibrary cases;
    private final DefectRecords defects;
    private final ContingencyPlans plans;

    KnowledgeListener(Requests requests, CaseLibrary cases, DefectRecords defects, ContingencyPlans plans) {
        this.requests = requests;
        this.cases = cases;
        this.defects = defects;
        this.plans = plans;
    }

    /** A new repair's defect record is written in the intake's own transaction, from what the event carries. */
    @EventListener
    void on(RequestRegistered event) {
        defects.registered(event);
    }

    /** A delivery inspection's defect counts from when it was found, in the transaction that found it. */
    @EventListener
    void on(com.estatecare.delivery.DefectFindingChanged event) {
        defects.finding(event);
    }

    @ApplicationModuleListener
    void on(RequestTransitioned event) {
        if (event.kind() == RequestKind.REPAIR) {
            requests.facts(event.requestId()).ifPresent(defects::follow);
        }
        if (CaseProposal.proposes(event)) {
            requests.facts(event.requestId()).ifPresent(facts -> requests.narrative(event.requestId())
                    .ifPresent(text -> cases.propose(facts, CaseProposal.from(text, facts.number()), event.at())));
        }
    }

    /** Only a collective complaint (集体投诉) brings up plans: any other grade stores no event publication. */
    @ApplicationModuleListener(condition = "#event.collective()")
    void on(ComplaintGraded event) {
        requests.facts(event.requestId()).ifPresent(facts -> plans.link(facts.companyId(), facts.id(),
                facts.scopePath(), facts.category(), requests.narrative(facts.id())
                        .map(n -> n.description()).orElse(""), event.toGrade(), event.at()));
    }
}
