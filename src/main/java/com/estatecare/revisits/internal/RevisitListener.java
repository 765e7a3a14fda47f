package com.estatecare.revisits.internal;

import java.sql.Timestamp;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.requests.Action;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Requests;
import com.estatecare.revisits.RevisitPolicy;
import com.estatecare.revisits.RevisitScheduled;

/**
 * Follows the repairs' steps: a completed repair gets its revisit task (one per handling round, so a redelivered
 * event adds nothing); a revisit taken on the request itself answers the open task; a repair sent back to
 * handling before its revisit withdraws the task of the earlier round (its next completion brings a new one).
 */
@Component
class RevisitListener {

    private final JdbcClient jdbc;
    private final Requests requests;
    private final Registry registry;
    private final Policies policies;
    private final BusinessCalendar calendar;
    private final ApplicationEventPublisher events;

    RevisitListener(JdbcClient jdbc, Requests requests, Registry registry, Policies policies,
            BusinessCalendar calendar, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.requests = requests;
        this.registry = registry;
        this.policies = policies;
        this.calendar = calendar;
    }

    @ApplicationModuleListener
    void on(RequestTransitioned event) {
        if (event.kind() != RequestKind.REPAIR) {
            return;
        }
        if (event.action() == Action.REVISIT) {
            answeredOnTheRequest(event);
        }
        jdbc.sql("""
                update revisit_task set status = 'WITHDRAWN', withdrawn_at = :at
                where request_id = :request and status = 'OPEN' and handling_round < :round""")
                .param("at", Timestamp.from(event.at())).param("request", event.requestId())
                .param("round", event.handlingRound()).update();
        if (event.action() == Action.COMPLETE && event.to() == RequestStatus.DONE) {
            requests.facts(event.requestId()).ifPresent(facts -> open(facts, event));
        }
    }

    private void answeredOnTheRequest(RequestTransitioned event) {
        jdbc.sql("""
                update revisit_task set status = 'ANSWERED', answered_via = 'REQUEST', satisfied = :satisfied,
                    answered_at = :at
                where request_id = :request and status = 'OPEN'""")
                .param("satisfied", event.to() == RequestStatus.REVISITED).param("at", Timestamp.from(event.at()))
                .param("request", event.requestId()).update();
    }

    private void open(RequestFacts facts, RequestTransitioned event) {
        Versioned<RevisitPolicy> policy = policies.current(RevisitPolicy.class, facts.companyId());
        var due = RevisitDue.dueAt(event.at(), policy.policy(),
                (from, days) -> calendar.addWorkingDays(facts.companyId(), from, days));
        UnitView unit = facts.unitId() == null ? null : registry.unit(facts.unitId()).orElse(null);
        jdbc.sql("""
                insert into revisit_task (company_id, request_id, request_number, handling_round, scope_path,
                    project_id, project_name, unit_label, customer_id, completed_at, due_at, policy_version, status)
                values (:company, :request, :number, :round, :scope, :project, :projectName, :unit, :customer,
                    :completed, :due, :version, 'OPEN')
                on conflict (company_id, request_id, handling_round) do nothing""")
                .param("company", facts.companyId()).param("request", facts.id()).param("number", facts.number())
                .param("round", event.handlingRound()).param("scope", facts.scopePath())
                .param("project", facts.projectId()).param("projectName", unit == null ? null : unit.project())
                .param("unit", unit == null ? null : Registry.label(unit)).param("customer", facts.customerId())
                .param("completed", Timestamp.from(event.at())).param("due", Timestamp.from(due))
                .param("version", policy.version()).update();
        jdbc.sql("""
                select id from revisit_task where company_id = :company and request_id = :request
                    and handling_round = :round and status = 'OPEN'""")
                .param("company", facts.companyId()).param("request", facts.id()).param("round", event.handlingRound())
                .query(Long.class).optional()
                .ifPresent(task -> events.publishEvent(new RevisitScheduled(task, facts.id(), facts.companyId(),
                        facts.number(), facts.customerId(), facts.unitId(), due)));
    }
}
