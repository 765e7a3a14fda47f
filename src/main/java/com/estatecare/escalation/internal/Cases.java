package com.estatecare.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;

/**
 * The escalation module's own record of each request: a projection of the
 * requests module's facts (for similar requests at intake) with its level on
 * the ladder, and the history of level changes.
 */
@Component
public class Cases {

    /** A request as the escalation module knows it. */
    public record Case(long requestId, long companyId, String number, RequestKind kind, String status,
            Category category, String componentCode, Long unitId, Long relatedRequestId, String scopePath,
            EscalationLevel level, Long followUpId, Instant createdAt) {
    }

    /** One change of level. */
    public record Step(long id, EscalationLevel fromLevel, EscalationLevel toLevel, String reasonCode, Long actorId,
            String actorName, String note, int policyVersion, Instant at) {
    }

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the case at the first level if it is new, and brings its projected facts up to date. */
    public void track(RequestFacts f, Instant now) {
        jdbc.sql("""
                insert into escalation_case (request_id, company_id, number, kind, status, category, component_code,
                    unit_id, related_request_id, scope_path, level, created_at, updated_at)
                values (:id, :company, :number, :kind, :status, :category, :component, :unit, :related, :scope,
                    :level, :created, :now) on conflict do nothing""")
                .param("id", f.id()).param("company", f.companyId()).param("number", f.number())
                .param("kind", f.kind().name()).param("status", f.status().name())
                .param("category", f.category() == null ? null : f.category().name())
                .param("component", f.componentCode()).param("unit", f.unitId())
                .param("related", f.relatedRequestId()).param("scope", f.scopePath())
                .param("level", EscalationLevel.PROPERTY_COMPANY.name())
                .param("created", Timestamp.from(f.createdAt())).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                update escalation_case set status = :status, category = :category, component_code = :component,
                    related_request_id = :related, scope_path = :scope, updated_at = :now where request_id = :id""")
                .param("status", f.status().name()).param("category", f.category() == null ? null : f.category().name())
                .param("component", f.componentCode()).param("related", f.relatedRequestId())
                .param("scope", f.scopePath()).param("now", Timestamp.from(now)).param("id", f.id()).update();
    }

    public Optional<Case> find(long requestId) {
        return jdbc.sql("select * from escalation_case where request_id = :id").param("id", requestId)
                .query(Cases::toCase).optional();
    }

    /** The case, locked until the transaction ends, so that two rules do not move it at once. */
    public Case lock(long requestId) {
        return jdbc.sql("select * from escalation_case where request_id = :id for update").param("id", requestId)
                .query(Cases::toCase).single();
    }

    public void moveTo(long requestId, EscalationLevel level, Instant now) {
        jdbc.sql("update escalation_case set level = :level, updated_at = :now where request_id = :id")
                .param("level", level.name()).param("now", Timestamp.from(now)).param("id", requestId).update();
    }

    public void followedUpBy(long requestId, long followUpId) {
        jdbc.sql("update escalation_case set follow_up_id = :followUp where request_id = :id")
                .param("followUp", followUpId).param("id", requestId).update();
    }

    public boolean hasStep(long requestId, String source) {
        return jdbc.sql("select count(*) from escalation_step where request_id = :id and source = :source")
                .param("id", requestId).param("source", source).query(Long.class).single() > 0;
    }

    public void addStep(Case c, EscalationLevel to, String reasonCode, Long actorId, String actorName, String note,
            String source, int policyVersion, Instant at) {
        jdbc.sql("""
                insert into escalation_step (company_id, request_id, from_level, to_level, reason_code, actor_id,
                    actor_name, note, source, policy_version, at)
                values (:company, :request, :from, :to, :reason, :actorId, :actorName, :note, :source, :version, :at)""")
                .param("company", c.companyId()).param("request", c.requestId()).param("from", c.level().name())
                .param("to", to.name()).param("reason", reasonCode).param("actorId", actorId)
                .param("actorName", actorName).param("note", note).param("source", source)
                .param("version", policyVersion).param("at", Timestamp.from(at)).update();
    }

    public List<Step> history(long requestId) {
        return jdbc.sql("""
                select id, from_level, to_level, reason_code, actor_id, actor_name, note, policy_version, at
                from escalation_step where request_id = :id order by id""")
                .param("id", requestId)
                .query((rs, row) -> {
                    Long actorId = rs.getObject("actor_id", Long.class);
                    return new Step(rs.getLong("id"), EscalationLevel.valueOf(rs.getString("from_level")),
                            EscalationLevel.valueOf(rs.getString("to_level")), rs.getString("reason_code"), actorId,
                            rs.getString("actor_name"), rs.getString("note"), rs.getInt("policy_version"),
                            rs.getTimestamp("at").toInstant());
                }).list();
    }

    /** Recent requests on a unit with the same category or component, newest first, under a scope. */
    public List<Case> similar(long unitId, Category category, String componentCode, Instant since, String scopePath,
            Long excludeId, int limit) {
        VisibleTo visible = VisibleTo.branch(scopePath, "scope_path");
        return jdbc.sql("""
                select * from escalation_case
                where unit_id = :unit and created_at >= :since and %s
                  and (category = :category or component_code = :component)
                  and request_id <> :exclude
                order by created_at desc, request_id desc
                limit :limit""".formatted(visible.sql()))
                .param("unit", unitId).param("since", Timestamp.from(since)).params(visible.params())
                .param("category", category == null ? "" : category.name())
                .param("component", componentCode == null ? "" : componentCode)
                .param("exclude", excludeId == null ? -1L : excludeId)
                .param("limit", limit)
                .query(Cases::toCase).list();
    }

    private static Case toCase(ResultSet rs, int row) throws SQLException {
        Long unitId = rs.getObject("unit_id", Long.class);
        Long relatedId = rs.getObject("related_request_id", Long.class);
        Long followUpId = rs.getObject("follow_up_id", Long.class);
        String category = rs.getString("category");
        return new Case(rs.getLong("request_id"), rs.getLong("company_id"), rs.getString("number"),
                RequestKind.valueOf(rs.getString("kind")), rs.getString("status"),
                category == null ? null : Category.valueOf(category), rs.getString("component_code"), unitId,
                relatedId, rs.getString("scope_path"), EscalationLevel.valueOf(rs.getString("level")), followUpId,
                rs.getTimestamp("created_at").toInstant());
    }
}
