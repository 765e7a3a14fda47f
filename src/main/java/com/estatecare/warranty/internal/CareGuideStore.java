package com.estatecare.warranty.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.platform.DomainException;
import com.estatecare.warranty.CareGuide;

/** 养护指南 per company and component; a company without its own text reads the group's (company 0). */
@Component
public class CareGuideStore {

    /** Company id of the group-wide care guide. */
    public static final long GROUP = 0;

    private final JdbcClient jdbc;

    CareGuideStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The guide of every component that has one, by component code: the company's own, else the group's. The
     * version is the one an edit sends back: 0 for the group's text, which the company has not written over yet.
     */
    public Map<String, CareGuide> of(long companyId) {
        Map<String, CareGuide> guides = new HashMap<>();
        jdbc.sql("""
                select company_id, component_code, checks, care, updated_by, updated_at, version from care_guide
                where company_id in (:company, 0) order by company_id""")
                .param("company", companyId)
                .query(rs -> {
                    guides.put(rs.getString("component_code"), new CareGuide(rs.getString("component_code"),
                            rs.getString("checks"), rs.getString("care"), rs.getString("updated_by"),
                            rs.getTimestamp("updated_at").toInstant(),
                            rs.getLong("company_id") == companyId ? rs.getLong("version") : 0));
                });
        return guides;
    }

    /**
     * Writes the company's guide of a component. {@code expectedVersion} is the version read (0: the company has
     * none of its own yet); a guide changed since is a stale version.
     */
    public CareGuide store(long companyId, String component, String checks, String care, long expectedVersion,
            String who, Instant now) {
        Long current = jdbc.sql("select version from care_guide where company_id = :company and component_code = :c")
                .param("company", companyId).param("c", component).query(Long.class).optional().orElse(0L);
        if (current != expectedVersion) {
            throw DomainException.staleVersion(expectedVersion, current);
        }
        int written = jdbc.sql("""
                insert into care_guide (company_id, component_code, checks, care, updated_by, updated_at, version)
                values (:company, :c, :checks, :care, :by, :at, 1)
                on conflict (company_id, component_code) do update
                set checks = excluded.checks, care = excluded.care, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at, version = care_guide.version + 1
                where care_guide.version = :expected""")
                .param("company", companyId).param("c", component).param("checks", checks).param("care", care)
                .param("by", who).param("at", Timestamp.from(now)).param("expected", expectedVersion).update();
        if (written == 0) {
            throw DomainException.staleVersion(expectedVersion, expectedVersion + 1);
        }
        return new CareGuide(component, checks, care, who, now, expectedVersion + 1);
    }
}
