package com.estatecare.registry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a satisfaction survey (满意度调查) may be sent to: the owners and co-owners of a project's units, each once,
 * chosen by where their home stands. Unscoped: the caller has checked that the projects are visible.
 */
@Service
public class SurveyAudiences {

    /** Which owners of the projects' units. */
    public enum Audience {
        /** 准业主: buyers whose unit is not handed over yet (after signing). */
        BUYERS_BEFORE_HANDOVER,
        /** 业主: owners of units handed over (after delivery, yearly). */
        OWNERS_AFTER_HANDOVER,
        /** Every owner and co-owner. */
        ALL_OWNERS,
        /** The people another module names, e.g. a club activity's attendees: never drawn from the projects. */
        PARTICIPANTS
    }

    /** One customer who may be surveyed, with the project of their first unit among those asked for. */
    public record Candidate(long customerId, String name, long projectId, String projectName, String scopePath) {
    }

    private final JdbcClient jdbc;

    SurveyAudiences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The audience's customers in the projects, ordered by customer id, at most {@code limit} of them. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(List<Long> projectIds, Audience audience, int limit) {
        String handover = switch (audience) {
            case BUYERS_BEFORE_HANDOVER -> "and u.delivered_on is null";
            case OWNERS_AFTER_HANDOVER -> "and u.delivered_on is not null";
            case ALL_OWNERS -> "";
            case PARTICIPANTS -> throw new IllegalArgumentException("participants are named, not drawn");
        };
        return jdbc.sql("""
                select distinct on (c.id) c.id, c.name, p.id as project_id, p.name as project_name, c.scope_path
                from ownership o
                join unit u on u.id = o.unit_id
                join project p on p.id = u.project_id
                join customer c on c.id = o.customer_id
                where u.project_id in (:projects) %s
                order by c.id, p.id
                limit :limit""".formatted(handover))
                .param("projects", projectIds).param("limit", limit)
                .query((rs, row) -> new Candidate(rs.getLong("id"), rs.getString("name"), rs.getLong("project_id"),
                        rs.getString("project_name"), rs.getString("scope_path")))
                .list();
    }
}
