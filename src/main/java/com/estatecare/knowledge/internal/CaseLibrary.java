package com.estatecare.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;

/**
 * The case library's store: proposals from archived complaints, cases written by hand, the manager's review,
 * and the list of a branch. Searching is {@link CaseSearch}.
 */
@Component
class CaseLibrary {

    /** The texts of a case as a manager writes them. */
    record Texts(String problem, String cause, String solution, String lessons, Category category) {
    }

    static final String TOKENS = """
            setweight(to_tsvector('simple', :problemWords), 'A')
                || setweight(to_tsvector('simple', :restWords), 'B')""";

    private final JdbcClient jdbc;
    private final Segmenter segmenter;
    private final Clock clock;

    CaseLibrary(JdbcClient jdbc, Segmenter segmenter, Clock clock) {
        this.jdbc = jdbc;
        this.segmenter = segmenter;
        this.clock = clock;
    }

    /** Proposes an archived complaint as a case; a second proposal of the same request adds nothing. */
    @Transactional
    void propose(RequestFacts facts, CaseProposal proposal, Instant at) {
        propose(facts, proposal, at, null);
    }

    private void propose(RequestFacts facts, CaseProposal proposal, Instant at, CurrentUser proposer) {
        jdbc.sql("""
                insert into knowledge_case (company_id, scope_path, request_id, request_number, project_id, category,
                    problem, cause, solution, lessons, status, proposed_at, proposed_by, proposed_by_name,
                    search_tokens)
                values (:company, :scope, :request, :number, :project, :category, :problem, :cause, :solution,
                    :lessons, 'PROPOSED', :at, :by, :byName, %s)
                on conflict (company_id, request_id) do nothing""".formatted(TOKENS))
                .param("by", proposer == null ? null : proposer.accountId())
                .param("byName", proposer == null ? null : proposer.displayName())
                .params(tokens(new Texts(proposal.problem(), proposal.cause(), proposal.solution(),
                        proposal.lessons(), null)))
                .param("company", facts.companyId()).param("scope", facts.scopePath()).param("request", facts.id())
                .param("number", facts.number()).param("project", facts.projectId())
                .param("category", facts.category() == null ? null : facts.category().name())
                .param("problem", proposal.problem()).param("cause", proposal.cause())
                .param("solution", proposal.solution()).param("lessons", proposal.lessons())
                .param("at", Timestamp.from(at)).update();
    }

    /**
     * A closed complaint proposed by hand (推荐为案例): prefilled as the archive would prefill it, with the
     * proposer's lessons; a case returned (REJECTED) is proposed again with them. A case waiting or in the
     * library already is a conflict naming it.
     */
    @Transactional
    KnowledgeCase proposeByHand(RequestFacts facts, CaseProposal proposal, String lessons, CurrentUser user) {
        if (!CaseProposal.proposable(facts.kind(), facts.status())) {
            throw DomainException.conflict("case-not-a-closed-complaint");
        }
        var existing = jdbc.sql("select c.* from knowledge_case c where c.company_id = :company and c.request_id = :id"
                + " for update").param("company", facts.companyId()).param("id", facts.id())
                .query((rs, i) -> read(rs)).optional();
        String lessonsGiven = lessons == null || lessons.isBlank() ? null : lessons.strip();
        if (existing.isPresent()) {
            KnowledgeCase current = existing.get();
            if (current.status() != KnowledgeCase.Status.REJECTED) {
                throw DomainException.conflict("case-exists").with("caseId", current.id())
                        .with("currentStatus", current.status());
            }
            Texts texts = new Texts(current.problem(), current.cause(), current.solution(),
                    lessonsGiven == null ? current.lessons() : lessonsGiven, null);
            jdbc.sql("""
                    update knowledge_case set status = 'PROPOSED', lessons = :lessons, proposed_at = :at,
                        proposed_by = :by, proposed_by_name = :byName, search_tokens = %s, version = version + 1
                    where id = :id""".formatted(TOKENS))
                    .params(tokens(texts)).param("lessons", texts.lessons()).param("by", user.accountId())
                    .param("byName", user.displayName())
                    .param("at", Timestamp.from(clock.instant())).param("id", current.id()).update();
            return find(current.id(), user);
        }
        propose(facts, new CaseProposal(proposal.problem(), proposal.cause(), proposal.solution(), lessonsGiven),
                clock.instant(), user);
        return jdbc.sql("select c.* from knowledge_case c where c.company_id = :company and c.request_id = :id")
                .param("company", facts.companyId()).param("id", facts.id()).query((rs, i) -> read(rs)).single();
    }

    /** The case made of a request, if any: what its detail shows. */
    @Transactional(readOnly = true)
    java.util.Optional<KnowledgeCase> ofRequest(long requestId) {
        return jdbc.sql("select c.* from knowledge_case c where c.request_id = :id")
                .param("id", requestId).query((rs, i) -> read(rs)).optional();
    }

    /**
     * A case a manager writes from experience (not from a complaint): proposed (待审核) as a complaint's case is, and
     * reviewed by another manager (decision 043).
     */
    @Transactional
    KnowledgeCase write(Texts texts, CurrentUser user) {
        if (user.companyId() == null) {
            throw DomainException.forbidden("company-staff-only");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into knowledge_case (company_id, scope_path, category, problem, cause, solution, lessons,
                    status, proposed_at, proposed_by, proposed_by_name, search_tokens)
                values (:company, :scope, :category, :problem, :cause, :solution, :lessons, 'PROPOSED', :at, :by,
                    :byName, %s)
                returning id""".formatted(TOKENS))
                .params(tokens(texts)).params(textParams(texts)).param("company", user.companyId())
                .param("scope", user.scopePath()).param("at", Timestamp.from(now)).param("by", user.accountId())
                .param("byName", user.displayName()).query(Long.class).single();
        return find(id, user);
    }

    /** The cases of the caller's branch in one status, newest first; the cursor is the last case's id. */
    @Transactional(readOnly = true)
    CursorPage<KnowledgeCase> list(KnowledgeCase.Status status, String cursor, int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "c.scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("status", status.name());
        params.put("after", CursorPage.decode(cursor));
        params.put("limit", limit + 1);
        List<KnowledgeCase> rows = jdbc.sql("select c.* from knowledge_case c where " + visible.sql()
                + " and c.status = :status and c.id < :after order by c.id desc limit :limit")
                .params(params).query((rs, i) -> read(rs)).list();
        return CursorPage.of(rows, limit, KnowledgeCase::id);
    }

    /** A case in the caller's branch, or 404. */
    @Transactional(readOnly = true)
    KnowledgeCase find(long id, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "c.scope_path");
        return jdbc.sql("select c.* from knowledge_case c where c.id = :id and " + visible.sql())
                .params(visible.params()).param("id", id).query((rs, i) -> read(rs)).optional()
                .orElseThrow(() -> DomainException.notFound("case"));
    }

    /** The manager's edit of a proposed or approved case at the version they read. */
    @Transactional
    KnowledgeCase edit(long id, long version, Texts texts, CurrentUser user) {
        KnowledgeCase current = current(id, version, user);
        if (current.status() == KnowledgeCase.Status.REJECTED) {
            throw DomainException.conflict("case-rejected");
        }
        jdbc.sql("""
                update knowledge_case set problem = :problem, cause = :cause, solution = :solution, lessons = :lessons,
                    category = coalesce(:category, category), search_tokens = %s, version = version + 1
                where id = :id""".formatted(TOKENS))
                .params(tokens(texts)).params(textParams(texts)).param("id", id).update();
        return find(id, user);
    }

    /** Approves (入库) or rejects a proposed case, with the manager's note; never by its proposer or writer. */
    @Transactional
    KnowledgeCase review(long id, long version, boolean approve, String note, CurrentUser user) {
        KnowledgeCase current = current(id, version, user);
        if (current.status() != KnowledgeCase.Status.PROPOSED) {
            throw DomainException.conflict("case-already-reviewed").with("currentStatus", current.status());
        }
        if (!CaseReview.mayReview(current.proposedById(), user.accountId())) {
            throw DomainException.forbidden("case-four-eyes");
        }
        jdbc.sql("""
                update knowledge_case set status = :status, reviewed_by = :by, reviewed_by_name = :byName,
                    reviewed_at = :at, review_note = :note, version = version + 1
                where id = :id""")
                .param("status", (approve ? KnowledgeCase.Status.APPROVED : KnowledgeCase.Status.REJECTED).name())
                .param("by", user.accountId()).param("byName", user.displayName())
                .param("at", Timestamp.from(clock.instant())).param("note", note).param("id", id).update();
        return find(id, user);
    }

    private KnowledgeCase current(long id, long version, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "c.scope_path");
        KnowledgeCase current = jdbc.sql("select c.* from knowledge_case c where c.id = :id and " + visible.sql()
                + " for update").params(visible.params()).param("id", id).query((rs, i) -> read(rs)).optional()
                .orElseThrow(() -> DomainException.notFound("case"));
        if (current.version() != version) {
            throw DomainException.staleVersion(version, current.version());
        }
        return current;
    }

    private Map<String, Object> tokens(Texts texts) {
        String rest = String.join(" ", nonNull(texts.cause()), nonNull(texts.solution()), nonNull(texts.lessons()));
        return Map.of("problemWords", segmenter.joined(texts.problem()), "restWords", segmenter.joined(rest));
    }

    private static Map<String, Object> textParams(Texts texts) {
        Map<String, Object> params = new HashMap<>();
        params.put("problem", texts.problem());
        params.put("cause", texts.cause());
        params.put("solution", texts.solution());
        params.put("lessons", texts.lessons());
        params.put("category", texts.category() == null ? null : texts.category().name());
        return params;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static KnowledgeCase read(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        return new KnowledgeCase(rs.getLong("id"), rs.getObject("request_id", Long.class),
                rs.getString("request_number"), rs.getObject("project_id", Long.class),
                category == null ? null : Category.valueOf(category), rs.getString("problem"), rs.getString("cause"),
                rs.getString("solution"), rs.getString("lessons"), KnowledgeCase.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("proposed_at").toInstant(), rs.getObject("proposed_by", Long.class),
                rs.getString("proposed_by_name"), rs.getString("reviewed_by_name"),
                reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("review_note"), rs.getLong("version"));
    }
}
