package com.estatecare.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.FineDecided;
import com.estatecare.escalation.FineProposed;
import com.estatecare.escalation.FineStatus;
import com.estatecare.escalation.LiableParty;
import com.estatecare.grading.Grading;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.Requests;

/**
 * The cumulative penalty ledger (累计处罚制): fines proposed by rule when a
 * request climbs unsolved, approved or waived by a manager with a reason.
 */
@Component
public class FineLedger {

    /** A fine as the API shows it. */
    public record Fine(long id, long requestId, String requestNumber, LiableParty party, int grade,
            EscalationLevel level, long amountFen, FineStatus status, String rule, Instant proposedAt,
            String decidedBy, Instant decidedAt, String decisionReason, int policyVersion) {
    }

    private final JdbcClient jdbc;
    private final Policies policies;
    private final Grading grading;
    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FineLedger(JdbcClient jdbc, Policies policies, Requests requests, Grading grading, ApplicationEventPublisher events,
            Clock clock) {
        this.grading = grading;
        this.jdbc = jdbc;
        this.policies = policies;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes the fine a rule calls for, once per request and rule; other rules propose nothing. */
    @Transactional
    public void propose(RequestFacts request, List<RequestFacts> chain, String rule, EscalationLevel level) {
        if (!EscalationLadder.failedTwice(rule)) {
            return;
        }
        Versioned<FinesPolicy> policy = policies.current(FinesPolicy.class, request.companyId());
        LiableParty party = Liability.partyFor(request, chain);
        int grade = grading.gradeOf(request.id()).orElse(Liability.provisionalGrade(request.kind(), level));
        long amount = policy.policy().amountFen(grade, level == EscalationLevel.HEADQUARTERS);
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                insert into fine (company_id, request_id, request_number, scope_path, party, grade, level, amount_fen,
                    status, rule, proposed_at, policy_version)
                values (:company, :request, :number, :scope, :party, :grade, :level, :amount, 'PROPOSED', :rule, :at,
                    :version) on conflict do nothing""")
                .param("company", request.companyId()).param("request", request.id())
                .param("number", request.number()).param("scope", request.scopePath()).param("party", party.name())
                .param("grade", grade).param("level", level.name()).param("amount", amount).param("rule", rule)
                .param("at", Timestamp.from(now)).param("version", policy.version()).update();
        if (inserted == 0) {
            return;
        }
        long id = jdbc.sql("select id from fine where request_id = :request and rule = :rule")
                .param("request", request.id()).param("rule", rule).query(Long.class).single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fineId", id);
        details.put("party", party);
        details.put("amountFen", amount);
        details.put("grade", grade);
        details.put("rule", rule);
        details.put("policyVersion", policy.version());
        requests.recordOnTimeline(request.id(), "累计处罚制", "FINE_PROPOSED", null, details);
        events.publishEvent(new FineProposed(id, request.id(), request.companyId(), party, amount, rule, now));
    }

    /** The fines of requests the caller may see, newest first, one page after the cursor. */
    @Transactional(readOnly = true)
    public CursorPage<Fine> list(FineStatus status, String cursor, int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        List<Fine> rows = jdbc.sql("select * from fine where " + visible.sql() + " and id < :after"
                + (status == null ? "" : " and status = :status") + " order by id desc limit :limit")
                .params(visible.params()).param("after", CursorPage.decode(cursor))
                .param("limit", limit + 1)
                .params(status == null ? Map.of() : Map.of("status", status.name()))
                .query(FineLedger::toFine).list();
        return CursorPage.of(rows, limit, Fine::id);
    }

    /** A manager approves or waives a proposed fine; a fine is decided once. */
    @Transactional
    public Fine decide(long id, FineStatus decision, String reason, CurrentUser user) {
        Row row = jdbc.sql("select company_id, request_id, scope_path, status from fine where id = :id for update")
                .param("id", id).query(Row.class).optional()
                .filter(r -> user.covers(r.scopePath()))
                .orElseThrow(() -> DomainException.notFound("fine"));
        if (!FineStatus.PROPOSED.name().equals(row.status())) {
            throw DomainException.conflict("fine-already-decided", row.status())
                    .with("currentStatus", row.status());
        }
        if (decision == FineStatus.WAIVED && (reason == null || reason.isBlank())) {
            throw DomainException.invalidField("reason", "required");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                update fine set status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason
                where id = :id""")
                .param("status", decision.name()).param("by", user.displayName()).param("at", Timestamp.from(now))
                .param("reason", reason).param("id", id).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fineId", id);
        details.put("status", decision);
        requests.recordOnTimeline(row.requestId(), user, "FINE_" + decision.name(), reason, details);
        events.publishEvent(new FineDecided(id, row.requestId(), row.companyId(), decision, user.accountId(), reason,
                now));
        return jdbc.sql("select * from fine where id = :id").param("id", id).query(FineLedger::toFine).single();
    }

    private record Row(long companyId, long requestId, String scopePath, String status) {
    }

    private static Fine toFine(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Fine(rs.getLong("id"), rs.getLong("request_id"), rs.getString("request_number"),
                LiableParty.valueOf(rs.getString("party")), rs.getInt("grade"),
                EscalationLevel.valueOf(rs.getString("level")), rs.getLong("amount_fen"),
                FineStatus.valueOf(rs.getString("status")), rs.getString("rule"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_reason"),
                rs.getInt("policy_version"));
    }
}
