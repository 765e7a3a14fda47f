package com.estatecare.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.escalation.ConsultantField;
import com.estatecare.escalation.ConsultationRequested;
import com.estatecare.escalation.OpinionRecorded;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.InputLimits;
import com.estatecare.policies.Versioned;
import com.estatecare.policies.Policies;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.Requests;

/**
 * 顾问支持制 (seed 001): a request asks a legal, engineering-quality,
 * planning-design, marketing or media-relations consultant for an opinion,
 * with its own time limit (calendar hours from the escalation policy).
 */
@Component
class Consultations {

    enum Status { REQUESTED, OVERDUE, ANSWERED }

    record Consultation(long id, long requestId, ConsultantField field, String question, Long consultantId,
            String requestedBy, Instant requestedAt, Instant dueAt, Status status, String opinion, String opinionBy,
            Instant opinionAt, boolean late) {
    }

    private final JdbcClient jdbc;
    private final Requests requests;
    private final Organisation organisation;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InputLimits limits;

    Consultations(JdbcClient jdbc, Requests requests, Organisation organisation, Policies policies,
            ApplicationEventPublisher events, Clock clock, InputLimits limits) {
        this.limits = limits;
        this.jdbc = jdbc;
        this.requests = requests;
        this.organisation = organisation;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Consultation request(long requestId, ConsultantField field, String question, Long consultantId,
            CurrentUser user) {
        RequestFacts request = requests.find(requestId, user).facts();
        if (consultantId != null && organisation.staffCovering(consultantId, request.scopePath())
                .filter(a -> a.roles().contains(Role.CONSULTANT)).isEmpty()) {
            throw DomainException.unknownReference("consultantId");
        }
        Versioned<EscalationPolicy> policy = policies.current(EscalationPolicy.class, request.companyId());
        Instant now = clock.instant();
        Instant due = now.plus(Duration.ofHours(policy.policy().consultationHours()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation (company_id, request_id, field, question, consultant_id, requested_by,
                    requested_by_name, requested_at, due_at, policy_version)
                values (:company, :request, :field, :question, :consultant, :by, :byName, :at, :due, :version)""")
                .param("company", request.companyId()).param("request", requestId).param("field", field.name())
                .param("question", question).param("consultant", consultantId).param("by", user.accountId())
                .param("byName", user.displayName()).param("at", Timestamp.from(now)).param("due", Timestamp.from(due))
                .param("version", policy.version()).update(key, "id");
        long id = key.getKey().longValue();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("consultationId", id);
        details.put("field", field);
        details.put("dueAt", due);
        if (consultantId != null) {
            details.put("consultantId", consultantId);
        }
        requests.recordOnTimeline(requestId, user, "CONSULTATION_REQUESTED", question, details);
        events.publishEvent(new ConsultationRequested(id, requestId, request.companyId(), field, consultantId, due,
                now));
        return find(id);
    }

    @Transactional(readOnly = true)
    List<Consultation> of(long requestId, CurrentUser user) {
        long id = requests.find(requestId, user).facts().id();
        return jdbc.sql("select * from consultation where request_id = :request order by id limit :cap")
                .param("request", id).param("cap", limits.requestEntries()).query(this::toConsultation).list();
    }

    @Transactional
    Consultation recordOpinion(long id, String opinion, CurrentUser user) {
        Row row = jdbc.sql("select company_id, request_id, consultant_id, due_at, opinion from consultation"
                + " where id = :id for update").param("id", id).query(Row.class).optional()
                .orElseThrow(() -> DomainException.notFound("consultation"));
        requests.find(row.requestId(), user);
        if (!user.has(Role.CONSULTANT) || (row.consultantId() != null && row.consultantId() != user.accountId())) {
            throw DomainException.forbidden("forbidden");
        }
        if (row.opinion() != null) {
            throw DomainException.conflict("opinion-already-recorded");
        }
        Instant now = clock.instant();
        boolean late = now.isAfter(row.dueAt().toInstant());
        jdbc.sql("""
                update consultation set opinion = :opinion, opinion_by = :by, opinion_by_name = :name, opinion_at = :at
                where id = :id""")
                .param("opinion", opinion).param("by", user.accountId()).param("name", user.displayName())
                .param("at", Timestamp.from(now)).param("id", id).update();
        requests.recordOnTimeline(row.requestId(), user, "CONSULTANT_OPINION", opinion,
                Map.of("consultationId", id, "late", late));
        events.publishEvent(new OpinionRecorded(id, row.requestId(), row.companyId(), user.accountId(), late, now));
        return find(id);
    }

    private Consultation find(long id) {
        return jdbc.sql("select * from consultation where id = :id").param("id", id).query(this::toConsultation)
                .single();
    }

    private record Row(long companyId, long requestId, Long consultantId, Timestamp dueAt, String opinion) {
    }

    private Consultation toConsultation(ResultSet rs, int row) throws SQLException {
        Long consultantId = rs.getObject("consultant_id", Long.class);
        Instant due = rs.getTimestamp("due_at").toInstant();
        Timestamp opinionAt = rs.getTimestamp("opinion_at");
        String opinion = rs.getString("opinion");
        Status status = opinion != null ? Status.ANSWERED
                : clock.instant().isAfter(due) ? Status.OVERDUE : Status.REQUESTED;
        return new Consultation(rs.getLong("id"), rs.getLong("request_id"),
                ConsultantField.valueOf(rs.getString("field")), rs.getString("question"), consultantId,
                rs.getString("requested_by_name"), rs.getTimestamp("requested_at").toInstant(), due, status, opinion,
                rs.getString("opinion_by_name"), opinionAt == null ? null : opinionAt.toInstant(),
                opinionAt != null && opinionAt.toInstant().isAfter(due));
    }
}
