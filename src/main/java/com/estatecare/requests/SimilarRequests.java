package com.estatecare.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;

/**
 * Requests about the same problem, read where the requests are: the earlier
 * requests a new one is linked to (the chain of {@code relatedRequestId}), and
 * the recent requests on a unit that may be about it (proposed at intake). No
 * other module keeps a copy of the requests to answer this.
 */
@Service
public class SimilarRequests {

    /** A request that may be about the same problem. */
    public record Match(long id, String number, RequestKind kind, Category category, String componentCode,
            RequestStatus status, long unitId, Instant createdAt) {
    }

    /** The links followed at most: a chain longer than this is a data error, not a problem reported 100 times. */
    private static final int MAX_CHAIN = 100;

    private final JdbcClient jdbc;
    private final Requests requests;

    SimilarRequests(JdbcClient jdbc, Requests requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    /**
     * Requests on {@code unitId} created since {@code since} with the same category or the same component,
     * that {@code user} may see, newest first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Match> find(long unitId, Category category, String componentCode, Instant since, Long excludeId,
            int limit, CurrentUser user) {
        return find(List.of(unitId), category, componentCode, since, excludeId, limit, user);
    }

    /**
     * The same for several units at once (the units of a caller at intake), newest first, at most {@code limit}
     * in all. Without a category and a component — the agent has not said yet what the call is about — every
     * request on those units since {@code since} may be about the same problem.
     */
    @Transactional(readOnly = true)
    public List<Match> find(Collection<Long> unitIds, Category category, String componentCode, Instant since,
            Long excludeId, int limit, CurrentUser user) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        boolean anyProblem = category == null && (componentCode == null || componentCode.isBlank());
        return jdbc.sql("""
                select id, number, kind, category, component_code, status, unit_id, created_at from request
                where unit_id in (:units) and created_at >= :since and %s
                  and (:anyProblem or category = :category or component_code = :component)
                  and id <> :exclude
                order by created_at desc, id desc
                limit :limit""".formatted(visible.sql()))
                .param("units", unitIds).param("since", Timestamp.from(since)).params(visible.params())
                .param("anyProblem", anyProblem)
                .param("category", category == null ? "" : category.name())
                .param("component", componentCode == null ? "" : componentCode)
                .param("exclude", excludeId == null ? -1L : excludeId)
                .param("limit", limit)
                .query((rs, row) -> {
                    String cat = rs.getString("category");
                    return new Match(rs.getLong("id"), rs.getString("number"), RequestKind.valueOf(rs.getString("kind")),
                            cat == null ? null : Category.valueOf(cat), rs.getString("component_code"),
                            RequestStatus.valueOf(rs.getString("status")), rs.getLong("unit_id"),
                            rs.getTimestamp("created_at").toInstant());
                }).list();
    }

    /** The request and the earlier ones it is linked to (the same problem), newest first; unscoped, for rules. */
    @Transactional(readOnly = true)
    public List<RequestFacts> chain(RequestFacts request) {
        List<RequestFacts> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        RequestFacts current = request;
        while (current != null && seen.add(current.id()) && chain.size() < MAX_CHAIN) {
            chain.add(current);
            current = current.relatedRequestId() == null ? null
                    : requests.facts(current.relatedRequestId()).orElse(null);
        }
        return chain;
    }
}
