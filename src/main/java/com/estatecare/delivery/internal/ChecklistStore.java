package com.estatecare.delivery.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.Checklist;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The versions of each company's checklist, append-only ({@code delivery_checklist}, the items as JSON). A company
 * without one is given the manual's ({@link DefaultChecklist}) as its version 1 the first time it is read.
 */
@Component
public class ChecklistStore {

    private static final TypeReference<List<Checklist.ChecklistItem>> ITEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ChecklistStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The company's current checklist; the manual's as version 1 when it has none yet. */
    public Checklist current(long companyId, Instant now) {
        return latest(companyId).orElseGet(() -> {
            insert(companyId, 1, DefaultChecklist.items(), "验房标准（手册）", now);
            return latest(companyId).orElseThrow();
        });
    }

    public Optional<Checklist> version(long companyId, int version) {
        return jdbc.sql("""
                select version, items, created_by, created_at from delivery_checklist
                where company_id = :company and version = :version""")
                .param("company", companyId).param("version", version).query(this::read).optional();
    }

    /**
     * The company's versions, newest first, up to {@code limit + 1} of those before {@code before} (a version
     * number): what a page of {@link com.estatecare.platform.CursorPage} is built from.
     */
    public List<Checklist.ChecklistVersion> versions(long companyId, long before, int limit) {
        return jdbc.sql("""
                select version, jsonb_array_length(items) as item_count, created_by, created_at
                from delivery_checklist
                where company_id = :company and version < :before
                order by version desc
                limit :limit""")
                .param("company", companyId).param("before", before).param("limit", limit + 1)
                .query((rs, n) -> new Checklist.ChecklistVersion(rs.getInt("version"), rs.getInt("item_count"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A new version after the current one, under a lock of the company's checklist. */
    public Checklist append(long companyId, List<Checklist.ChecklistItem> items, String by, Instant now) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('delivery_checklist:' || :company))")
                .param("company", companyId).query(Object.class).single();
        int next = current(companyId, now).version() + 1;
        insert(companyId, next, items, by, now);
        return version(companyId, next).orElseThrow();
    }

    private Optional<Checklist> latest(long companyId) {
        return jdbc.sql("""
                select version, items, created_by, created_at from delivery_checklist
                where company_id = :company order by version desc limit 1""")
                .param("company", companyId).query(this::read).optional();
    }

    private void insert(long companyId, int version, List<Checklist.ChecklistItem> items, String by, Instant now) {
        jdbc.sql("""
                insert into delivery_checklist (company_id, version, items, created_by, created_at)
                values (:company, :version, cast(:items as jsonb), :by, :at)
                on conflict (company_id, version) do nothing""")
                .param("company", companyId).param("version", version).param("items", json.writeValueAsString(items))
                .param("by", by).param("at", Timestamp.from(now)).update();
    }

    private Checklist read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Checklist(rs.getInt("version"), json.readValue(rs.getString("items"), ITEMS),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
