package com.estatecare.escalation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.escalation.EscalationLevel;

/** Stores the escalation cases (only of requests that climbed or were followed up) and their steps. */
@Component
class EscalationCases {

    private final JdbcClient jdbc;

    EscalationCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case, created at the first level if new, locked until the transaction ends so that two rules do not move it at once. */
    EscalationCase lock(long requestId, long companyId, Instant now) {
        jdbc.sql("""
                insert into escalation_case (request_id, company_id, level, updated_at)
                values (:id, :company, :level, :now) on conflict do nothing""")
                .param("id", requestId).param("company", companyId)
                .param("level", EscalationLevel.PROPERTY_COMPANY.name()).param("now", Timestamp.from(now)).update();
        return jdbc.sql("""
                select request_id, company_id, level, follow_up_id from escalation_case where request_id = :id
                for update""").param("id", requestId)
                .query((rs, row) -> new EscalationCase(rs.getLong("request_id"), rs.getLong("company_id"),
                        EscalationLevel.valueOf(rs.getString("level")), rs.getObject("follow_up_id", Long.class)))
                .single();
    }

    /** The levels of requests; a request without a case stands at the first level (it never climbed). */
    Map<Long, EscalationLevel> levels(Collection<Long> requestIds) {
        Map<Long, EscalationLevel> levels = new HashMap<>();
        requestIds.forEach(id -> levels.put(id, EscalationLevel.PROPERTY_COMPANY));
        if (!requestIds.isEmpty()) {
            jdbc.sql("select request_id, level from escalation_case where request_id in (:ids)")
                    .param("ids", requestIds)
                    .query((RowCallbackHandler) rs -> levels.put(rs.getLong("request_id"),
                            EscalationLevel.valueOf(rs.getString("level"))));
        }
        return levels;
    }

    void climb(EscalationCase current, LadderStep step, Long actorId, String actorName, String note,
            String source, Instant at, String scopePath) {
        jdbc.sql("""
                insert into escalation_step (company_id, request_id, from_level, to_level, reason_code, actor_id,
                    actor_name, note, source, policy_version, at, scope_path)
                values (:company, :request, :from, :to, :reason, :actorId, :actorName, :note, :source, :version, :at,
                    :scope)""")
                .param("scope", scopePath)
                .param("company", current.companyId()).param("request", current.requestId())
                .param("from", current.level().name()).param("to", step.level().name())
                .param("reason", step.reason().name()).param("actorId", actorId).param("actorName", actorName)
                .param("note", note).param("source", source).param("version", step.policyVersion())
                .param("at", Timestamp.from(at)).update();
        jdbc.sql("update escalation_case set level = :level, updated_at = :now where request_id = :id")
                .param("level", step.level().name()).param("now", Timestamp.from(at))
                .param("id", current.requestId()).update();
    }

    void followedUpBy(long requestId, long followUpId) {
        jdbc.sql("update escalation_case set follow_up_id = :followUp where request_id = :id")
                .param("followUp", followUpId).param("id", requestId).update();
    }

    /** Whether a step from {@code source} (a rule, a clock) was taken already: each source moves a request once. */
    boolean hasStep(long requestId, String source) {
        return jdbc.sql("select count(*) from escalation_step where request_id = :id and source = :source")
                .param("id", requestId).param("source", source).query(Long.class).single() > 0;
    }

    List<Escalation.Step> history(long requestId) {
        return jdbc.sql("""
                select id, from_level, to_level, reason_code, actor_id, actor_name, note, policy_version, at
                from escalation_step where request_id = :id order by id""")
                .param("id", requestId)
                .query((rs, row) -> new Escalation.Step(rs.getLong("id"),
                        EscalationLevel.valueOf(rs.getString("from_level")),
                        EscalationLevel.valueOf(rs.getString("to_level")), rs.getString("reason_code"),
                        rs.getObject("actor_id", Long.class), rs.getString("actor_name"), rs.getString("note"),
                        rs.getInt("policy_version"), rs.getTimestamp("at").toInstant()))
                .list();
    }
}
