package com.estatecare.registry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the delivery of a project (交付) reads of its units: how many there are and how many are handed over,
 * and the buyers still waiting for their keys. Unscoped: the caller has checked that the project is visible.
 */
@Service
public class ProjectUnits {

    /** A project's units, and those of them with a handover date (钥匙已交付). */
    public record Counts(long units, long handedOver) {
    }

    private final JdbcClient jdbc;

    ProjectUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Counts counts(long projectId) {
        return jdbc.sql("""
                select count(*) as units, count(delivered_on) as handed_over from unit where project_id = :project""")
                .param("project", projectId)
                .query((rs, row) -> new Counts(rs.getLong("units"), rs.getLong("handed_over"))).single();
    }

    /**
     * The owners and co-owners of the project's units not yet handed over, each once: the buyers between signing
     * and handover, who receive its construction progress notices.
     */
    @Transactional(readOnly = true)
    public List<Long> buyersAwaitingHandover(long projectId) {
        return jdbc.sql("""
                select distinct o.customer_id from ownership o join unit u on u.id = o.unit_id
                where u.project_id = :project and u.delivered_on is null order by o.customer_id""")
                .param("project", projectId).query(Long.class).list();
    }
}
