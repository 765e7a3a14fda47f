package com.estatecare.consultations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.consultations.ConsultantField;
import com.estatecare.consultations.ConsultationRequested;
import com.estatecare.consultations.OpinionRecorded;
import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.Role;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.InputLimits;
import com.estatecare.platform.Rows;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.Requests;

import io.swagger.v3.oas.annotations.media.Schema;

/** Asking for an opinion, recording it, listing a request's consultations. */
@Component
class Consultations {

    /** A consultation as the API shows it. */
    @Schema(name = "Consultation", description = "A question to a consultant (顾问支持制) and its opinion")
    record View(long id, long requestId, String requestNumber, ConsultantField field, String question, Long consultantId,
            String requestedBy, Instant requestedAt, Instant dueAt, Consultation.Status status, String opinion,
            String opinionBy, Instant opinionAt, boolean late) {

        static View of(Consultation c, Instant now) {
            return new View(c.id(), c.requestId(), c.requestNumber(), c.field(), c.question(), c.consultantId(), c.requestedBy(),
                    c.requestedAt(), c.dueAt(), c.status(now), c.opinion(), c.opinionBy(), c.opinionAt(), c.late());
        }
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
    View request(long requestId, ConsultantField field, String question, Long consultantId, CurrentUser user) {
        RequestFacts request = requests.find(requestId, user).facts();
        if (consultantId != null && organisation.staffCovering(consultantId, request.scopePath())
                .filter(a -> a.roles().contains(Role.CONSULTANT)).isEmpty()) {
            throw DomainException.unknownReference("consultantId");
        }
        Versioned<EscalationPolicy> policy = policies.current(EscalationPolicy.class, request.companyId());
        Instant now = clock.instant();
        Instant due = Consultation.dueAt(now, policy.policy().consultationHours());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation (company_id, request_id, request_number, scope_path, field, question,
                    consultant_id, requested_by, requested_by_name, requested_at, due_at, policy_version)
                values (:company, :request, :number, :scope, :field, :question, :consultant, :by, :byName, :at, :due,
                    :version)""")
                .param("company", request.companyId()).param("request", requestId).param("number", request.number())
                .param("scope", request.scopePath()).param("field", field.name())
                .param("question", question).param("consultant", consultantId).param("by", user.accountId())
                .param("byName", user.displayName()).param("at", Timestamp.from(now)).param("due", Timestamp.from(due))
                .param("version", policy.version()).update(key, "id");
        long id = key.getKey().longValue();
        events.publishEvent(new ConsultationRequested(id, requestId, request.companyId(), field, consultantId, question,
                due, user.accountId(), user.displayName(), now));
        return View.of(find(id), now);
    }

    @Transactional(readOnly = true)
    List<View> of(long requestId, CurrentUser user) {
        long id = requests.find(requestId, user).facts().id();
        Instant now = clock.instant();
        return jdbc.sql("select * from consultation where request_id = :request order by id limit :cap")
                .param("request", id).param("cap", limits.requestEntries()).query(Consultations::toConsultation)
                .stream().map(c -> View.of(c, now)).toList();
    }

    /**
     * The consultations in the caller's branch, newest first. {@code mine}: a consultant's are those
     * addressed to them (named them, or named nobody, so any consultant may answer); anyone else's are
     * those they asked.
     * {@code answered}: only those with (true) or without (false) an opinion.
     */
    @Transactional(readOnly = true)
    CursorPage<View> list(boolean mine, Boolean answered, String cursor, int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        StringBuilder sql = new StringBuilder("select * from consultation where ").append(visible.sql())
                .append(" and id < :after");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("after", CursorPage.decode(cursor));
        if (mine) {
            sql.append(user.has(Role.CONSULTANT) ? " and (consultant_id = :me or consultant_id is null)"
                    : " and requested_by = :me");
            params.put("me", user.accountId());
        }
        if (answered != null) {
            sql.append(answered ? " and opinion is not null" : " and opinion is null");
        }
        sql.append(" order by id desc limit :limit");
        params.put("limit", limit + 1);
        Instant now = clock.instant();
        List<View> rows = jdbc.sql(sql.toString()).params(params).query(Consultations::toConsultation).stream()
                .map(c -> View.of(c, now)).toList();
        return CursorPage.of(rows, limit, View::id);
    }

    @Transactional
    View recordOpinion(long id, String opinion, CurrentUser user) {
        Row row = jdbc.sql("select company_id, request_id from consultation where id = :id for update")
                .param("id", id).query(Rows.of(Row.class)).optional()
                .orElseThrow(() -> DomainException.notFound("consultation"));
        requests.find(row.requestId(), user);
        if (!user.has(Role.CONSULTANT)) {
            throw DomainException.forbidden("forbidden");
        }
        Instant now = clock.instant();
        Consultation answered = find(id).answer(user.accountId(), user.displayName(), opinion, now);
        jdbc.sql("""
                update consultation set opinion = :opinion, opinion_by = :by, opinion_by_name = :name, opinion_at = :at
                where id = :id""")
                .param("opinion", opinion).param("by", user.accountId()).param("name", user.displayName())
                .param("at", Timestamp.from(now)).param("id", id).update();
        events.publishEvent(new OpinionRecorded(id, row.requestId(), row.companyId(), user.accountId(),
                user.displayName(), opinion, answered.late(), now));
        return View.of(answered, now);
    }

    private Consultation find(long id) {
        return jdbc.sql("select * from consultation where id = :id").param("id", id)
                .query(Consultations::toConsultation).single();
    }

    private record Row(long companyId, long requestId) {
    }

    private static Consultation toConsultation(ResultSet rs, int row) throws SQLException {
        Timestamp opinionAt = rs.getTimestamp("opinion_at");
        return new Consultation(rs.getLong("id"), rs.getLong("request_id"), rs.getString("request_number"),
                ConsultantField.valueOf(rs.getString("field")), rs.getString("question"),
                rs.getObject("consultant_id", Long.class), rs.getString("requested_by_name"),
                rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                rs.getString("opinion"), rs.getString("opinion_by_name"),
                opinionAt == null ? null : opinionAt.toInstant());
    }
}
