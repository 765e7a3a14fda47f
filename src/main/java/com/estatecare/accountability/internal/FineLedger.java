package com.estatecare.accountability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.accountability.FineDecided;
import com.estatecare.accountability.FineProposed;
import com.estatecare.accountability.FineStatus;
import com.estatecare.accountability.LiableParty;
import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.RequestEscalated;
import com.estatecare.grading.Grading;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.Requests;
import com.estatecare.requests.SimilarRequests;

/**
 * The cumulative penalty ledger (累计处罚制): fines proposed by rule when a
 * request climbs unsolved, approved or waived by a manager with a reason.
 */
@Component
class FineLedger {

    /** A fine as the API shows it. */
    record Fine(long id, long requestId, String requestNumber, LiableParty party, int grade,
            EscalationLevel level, long amountFen, FineStatus status, String rule, Instant proposedAt,
            String decidedBy, Instant decidedAt, String decisionReason, int policyVersion) {
    }

    private final JdbcClient jdbc;
    private final Policies policies;
    private final Grading grading;
    private final Requests requests;
    private final SimilarRequests sameProblem;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FineLedger(JdbcClient jdbc, Policies policies, Requests requests, SimilarRequests sameProblem, Grading grading,
            ApplicationEventPublisher events, Clock clock) {
        this.grading = grading;
        this.jdbc = jdbc;
        this.policies = policies;
        this.requests = requests;
        this.sameProblem = sameProblem;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes the fine the rules call for when a request climbed, once per request and rule. */
    @Transactional
    public void propose(RequestEscalated climbed) {
        if (!FineForUnsolvedRequest.applies(climbed.kind(), climbed.reasonCode())) {
            return;
        }
        Optional<RequestFacts> found = requests.facts(climbed.requestId());
        if (found.isEmpty()) {
            return;
        }
        RequestFacts request = found.get();
        Optional<FineCause> cause = FineCause.of(FineCause.Facts.of(sameProblem.chain(request)));
        if (cause.isEmpty()) {
            return;
        }
        Versioned<FinesPolicy> policy = policies.current(FinesPolicy.class, request.companyId());
        FineAmount amount = FineAmount.of(grading.gradeOf(request.id()), request.kind(), climbed.toLevel(),
                policy.policy(), policy.version());
        LiableParty party = cause.get().party();
        String rule = climbed.reasonCode().name();
        Instant now = clock.instant();
        Optional<Long> id = jdbc.sql("""
                insert into fine (company_id, request_id, request_number, scope_path, party, grade, level, amount_fen,
                    status, rule, proposed_at, policy_version)
                values (:company, :request, :number, :scope, :party, :grade, :level, :amount, :status, :rule, :at,
                    :version) on conflict do nothing returning id""")
                .param("company", request.companyId()).param("request", request.id())
                .param("number", request.number()).param("scope", request.scopePath()).param("party", party.name())
                .param("grade", amount.grade()).param("level", climbed.toLevel().name())
                .param("amount", amount.fen()).param("status", FineStatus.PROPOSED.name()).param("rule", rule)
                .param("at", Timestamp.from(now)).param("version", amount.policyVersion())
                .query(Long.class).optional();
        id.ifPresent(fineId -> events.publishEvent(new FineProposed(fineId, request.id(), request.companyId(), party,
                cause.get().name(), amount.fen(), amount.grade(), rule, amount.policyVersion(), now)));
    }

    /**
     * What the fine list filters on: status, liable party, one request, the branch at {@code scopePath} (a node of
     * the caller's scope, checked by the caller), and the time the fine was proposed.
     */
    record ListFilter(FineStatus status, LiableParty party, Long requestId, String scopePath, Instant proposedFrom,
            Instant proposedTo) {
    }

    /** The fines of requests the caller may see, newest first, one page after the cursor. */
    @Transactional(readOnly = true)
    public CursorPage<Fine> list(ListFilter f, String cursor, int limit, CurrentUser user) {
        VisibleTo visible = f.scopePath() == null ? VisibleTo.sql(user, "scope_path")
                : VisibleTo.branch(f.scopePath(), "scope_path");
        StringBuilder sql = new StringBuilder("select * from fine where " + visible.sql() + " and id < :after");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("after", CursorPage.decode(cursor));
        condition(sql, params, "status = :status", "status", f.status() == null ? null : f.status().name());
        condition(sql, params, "party = :party", "party", f.party() == null ? null : f.party().name());
        condition(sql, params, "request_id = :request", "request", f.requestId());
        condition(sql, params, "proposed_at >= :proposedFrom", "proposedFrom",
                f.proposedFrom() == null ? null : Timestamp.from(f.proposedFrom()));
        condition(sql, params, "proposed_at < :proposedTo", "proposedTo",
                f.proposedTo() == null ? null : Timestamp.from(f.proposedTo()));
        List<Fine> rows = jdbc.sql(sql + " order by id desc limit :limit").params(params).param("limit", limit + 1)
                .query(FineLedger::toFine).list();
        return CursorPage.of(rows, limit, Fine::id);
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    /** A manager approves or waives a proposed fine; a fine is decided once. */
    @Transactional
    public Fine decide(long id, FineStatus decision, String reason, CurrentUser user) {
        ProposedFine fine = jdbc.sql("select id, company_id, request_id, scope_path, status from fine where id = :id"
                + " for update").param("id", id)
                .query((rs, row) -> new ProposedFine(rs.getLong("id"), rs.getLong("company_id"),
                        rs.getLong("request_id"), rs.getString("scope_path"), FineStatus.valueOf(rs.getString("status"))))
                .optional().filter(f -> user.covers(f.scopePath()))
                .orElseThrow(() -> DomainException.notFound("fine"));
        ProposedFine decided = fine.decide(decision, reason);
        Instant now = clock.instant();
        jdbc.sql("""
                update fine set status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason
                where id = :id""")
                .param("status", decided.status().name()).param("by", user.displayName())
                .param("at", Timestamp.from(now)).param("reason", reason).param("id", id).update();
        events.publishEvent(new FineDecided(id, fine.requestId(), fine.companyId(), decided.status(), user.accountId(),
                user.displayName(), reason, now));
        return jdbc.sql("select * from fine where id = :id").param("id", id).query(FineLedger::toFine).single();
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
