package com.estatecare.knowledge.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.requests.Category;

/**
 * Chinese full-text search over the approved cases of the caller's branch: the words of the search are cut by
 * the same segmenter as the cases, widened by the company's synonym sets, and matched against the cases'
 * tsvector; the most relevant first (ts_rank_cd: the problem weighs more than cause, solution and lessons).
 */
@Component
class CaseSearch {

    /** The most cases one search answers. */
    static final int MAX_HITS = 50;

    private final JdbcClient jdbc;
    private final Segmenter segmenter;
    private final Synonyms synonyms;

    CaseSearch(JdbcClient jdbc, Segmenter segmenter, Synonyms synonyms) {
        this.jdbc = jdbc;
        this.segmenter = segmenter;
        this.synonyms = synonyms;
    }

    /** Approved cases holding every word of {@code q} (or one of its synonyms). */
    @Transactional(readOnly = true)
    List<KnowledgeCase.Hit> search(String q, int limit, CurrentUser user) {
        return find(q, SynonymExpansion.Mode.ALL, limit, user);
    }

    /** The approved cases most like an intake's description: any word shared, ranked by how much. */
    @Transactional(readOnly = true)
    List<KnowledgeCase.Hit> similar(String description, int limit, CurrentUser user) {
        return find(description, SynonymExpansion.Mode.ANY, limit, user);
    }

    /** The tsquery a search runs, for the company of the caller: what the API shows as {@code query}. */
    String tsquery(String text, SynonymExpansion.Mode mode, CurrentUser user) {
        SynonymExpansion expansion = new SynonymExpansion(synonyms.setsOf(user.companyId()), segmenter::words);
        return expansion.tsquery(segmenter.words(text), mode);
    }

    private List<KnowledgeCase.Hit> find(String text, SynonymExpansion.Mode mode, int limit, CurrentUser user) {
        String query = tsquery(text, mode, user);
        if (query.isEmpty()) {
            return List.of();
        }
        VisibleTo visible = VisibleTo.sql(user, "c.scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("query", query);
        params.put("limit", Math.min(limit, MAX_HITS));
        return jdbc.sql("""
                select c.id, c.request_number, c.category, c.problem, c.cause, c.solution, c.lessons,
                    ts_rank_cd(c.search_tokens, q.query) as rank
                from knowledge_case c, to_tsquery('simple', :query) as q(query)
                where c.status = 'APPROVED' and c.search_tokens @@ q.query and %s
                order by rank desc, c.id desc
                limit :limit""".formatted(visible.sql()))
                .params(params)
                .query((rs, i) -> {
                    String category = rs.getString("category");
                    return new KnowledgeCase.Hit(rs.getLong("id"), rs.getString("request_number"),
                            category == null ? null : Category.valueOf(category), rs.getString("problem"),
                            rs.getString("cause"), rs.getString("solution"), rs.getString("lessons"),
                            rs.getDouble("rank"));
                }).list();
    }
}
