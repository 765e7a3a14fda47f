package com.estatecare.requests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where requests stand now, read in one query for many of them: what another
 * module needs to tell people that a request changed (its number, status,
 * assignee and version) and whom to tell (its scope path, company and
 * customer). Unscoped ids and facts, no personal data; read-only.
 */
@Component
public class RequestStandings {

    /** The most ids one query looks up; larger collections are read in several queries. */
    static final int BATCH = 500;

    /** A request as it stands: {@code version} moves with every step. */
    public record Standing(long id, long companyId, String number, RequestStatus status, Long assigneeId,
            long version, String scopePath, Long customerId) {
    }

    private final JdbcClient jdbc;

    RequestStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The requests among {@code ids} that exist, in no particular order. */
    @Transactional(readOnly = true)
    public List<Standing> of(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<Standing> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += BATCH) {
            found.addAll(jdbc.sql("""
                    select id, company_id, number, status, assignee_id, version, scope_path, customer_id
                    from request where id in (:ids)""")
                    .param("ids", all.subList(from, Math.min(all.size(), from + BATCH)))
                    .query((rs, row) -> new Standing(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"),
                            RequestStatus.valueOf(rs.getString("status")), rs.getObject("assignee_id", Long.class),
                            rs.getLong("version"), rs.getString("scope_path"), rs.getObject("customer_id", Long.class)))
                    .list());
        }
        return found;
    }
}
