package com.estatecare.warranty.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.platform.DomainException;
import com.estatecare.registry.ComponentView;
import com.estatecare.registry.Registry;
import com.estatecare.warranty.Certificate;
import com.estatecare.warranty.StatutoryFloor;

/**
 * The certificates of the projects, append-only: version 0 (no row) is the statutory floor; each edit stores a
 * whole new version with every component's period.
 */
@Component
public class CertificateStore {

    private record Header(long id, long companyId, int version, LocalDate completedOn, String changedBy,
            Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final Registry registry;

    CertificateStore(JdbcClient jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    public StatutoryFloor floor() {
        Map<String, Integer> months = new HashMap<>();
        jdbc.sql("select warranty_group, months from warranty_floor").query(rs -> {
            months.put(rs.getString("warranty_group"), rs.getObject("months", Integer.class));
        });
        return new StatutoryFloor(months);
    }

    /** The certificate in force for a project of this company. */
    public Certificate current(long projectId, long companyId) {
        return certificate(projectId, companyId, header(projectId, "order by version desc limit 1", Map.of()));
    }

    /** A given version, e.g. the one a request was decided under. */
    public Optional<Certificate> version(long projectId, long companyId, int version) {
        if (version == 0) {
            return Optional.of(certificate(projectId, companyId, Optional.empty()));
        }
        Optional<Header> header = header(projectId, "and version = :version", Map.of("version", version));
        return header.map(h -> certificate(projectId, companyId, header));
    }

    /**
     * Stores version {@code expected + 1}; a concurrent edit that stored it first makes this one stale. Every
     * component's period is written, so the version reads alone.
     */
    public int store(long projectId, long companyId, int expected, LocalDate completedOn, Map<String, Integer> periods,
            String who, String reason, Instant now) {
        int next = expected + 1;
        long id;
        try {
            id = jdbc.sql("""
                    insert into warranty_certificate (company_id, project_id, version, completed_on, changed_by,
                                                      changed_at, reason)
                    values (:company, :project, :version, :completed, :by, :at, :reason) returning id""")
                    .param("company", companyId).param("project", projectId).param("version", next)
                    .param("completed", completedOn == null ? null : Date.valueOf(completedOn))
                    .param("by", who).param("at", Timestamp.from(now)).param("reason", reason)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            // the transaction is spoilt by the failed insert: the version now in force is at least this one
            throw DomainException.staleVersion(expected, next);
        }
        periods.forEach((component, months) -> {
            if (months != null) {
                jdbc.sql("""
                        insert into warranty_certificate_period (company_id, certificate_id, component_code, months)
                        values (:company, :id, :component, :months)""")
                        .param("company", companyId).param("id", id).param("component", component)
                        .param("months", months).update();
            }
        });
        return next;
    }

    private Optional<Header> header(long projectId, String condition, Map<String, ?> params) {
        return jdbc.sql("""
                select id, company_id, version, completed_on, changed_by, changed_at from warranty_certificate
                where project_id = :project\s""" + condition)
                .param("project", projectId).params(params)
                .query((rs, row) -> {
                    Date completed = rs.getDate("completed_on");
                    return new Header(rs.getLong("id"), rs.getLong("company_id"), rs.getInt("version"),
                            completed == null ? null : completed.toLocalDate(), rs.getString("changed_by"),
                            rs.getTimestamp("changed_at").toInstant());
                }).optional();
    }

    private Certificate certificate(long projectId, long companyId, Optional<Header> header) {
        StatutoryFloor floor = floor();
        Map<String, Integer> stated = new HashMap<>();
        header.ifPresent(h -> jdbc.sql("""
                select component_code, months from warranty_certificate_period where certificate_id = :id""")
                .param("id", h.id()).query(rs -> {
                    stated.put(rs.getString("component_code"), rs.getInt("months"));
                }));
        List<Certificate.Period> periods = new ArrayList<>();
        for (ComponentView c : registry.components()) {
            Integer months = header.isPresent() ? stated.get(c.code()) : floor.defaultMonths(c.warrantyGroup());
            periods.add(new Certificate.Period(c.code(), c.nameZh(), c.nameEn(), c.warrantyGroup(),
                    floor.months(c.warrantyGroup()), months));
        }
        return header.map(h -> new Certificate(projectId, companyId, h.version(), h.completedOn(), periods,
                h.changedBy(), h.changedAt()))
                .orElseGet(() -> new Certificate(projectId, companyId, 0, null, periods, null, null));
    }
}
