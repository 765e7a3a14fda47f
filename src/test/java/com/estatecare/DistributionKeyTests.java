package com.estatecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.estatecare.support.TestPostgres;

/**
 * The schema stays ready to be distributed by company (Citus, docs/scale.md): every
 * table holds company data and carries a non-null {@code company_id}, and every unique
 * key other than its primary key includes it, unless the table is listed below as a
 * reference table (copied to every node) or a coordinator-local one. A new table or a
 * new unique key fails here until it follows the rule or is listed with its reason.
 */
class DistributionKeyTests {

    /** Reference tables: small, read by every company, replicated to every node. */
    static final Map<String, String> REFERENCE_TABLES = Map.ofEntries(
            Map.entry("org_node", "the organisation tree; every scope check reads it"),
            Map.entry("account", "sign-in finds a user name before it knows the company; staff work across companies"),
            Map.entry("access_token", "every API call finds its token by hash before it knows the company"),
            Map.entry("account_second_factor", "a person's second factor, read at sign-in before the company is known"),
            Map.entry("account_recovery_code", "a person's recovery codes, read at sign-in before the company is known"),
            Map.entry("account_session", "a person's sessions, rechecked on every call before the company is known"),
            Map.entry("login_throttle", "sign-in defence counts by user name and address, before a company is known"),
            Map.entry("policy_version", "group-wide policies (company 0) and each company's versions, read on every intake"),
            Map.entry("calendar_day", "national holidays (company 0) and company days, read by every clock"),
            Map.entry("calendar_day_change", "the calendar's audit trail, beside the calendar"),
            Map.entry("component", "the catalogue of building components"),
            Map.entry("warranty_floor", "the statutory minimum warranty periods, national law, read at every intake"));

    /** Kept on the coordinator: infrastructure, or per account rather than per company. */
    static final Map<String, String> COORDINATOR_TABLES = Map.ofEntries(
            Map.entry("flyway_schema_history", "the migrations themselves"),
            Map.entry("event_publication", "Spring Modulith's outbox, read by the instance that published"),
            Map.entry("shedlock", "one lock row per timer"),
            Map.entry("portal_code", "one-time sign-in codes, counted by phone and address before a company is known"),
            Map.entry("idempotency_record", "keyed by account and Idempotency-Key, checked before the company is known"));

    @Test
    void everyUniqueKeyOnCompanyDataIncludesCompanyId() throws SQLException {
        String database = TestPostgres.get().createDatabase("t_distribution_keys");
        TestPostgres.get().migrate(database, "latest");

        assertThat(violations(database)).isEmpty();
    }

    @Test
    void theSchemaBeforeVersion19IsCaught() throws SQLException {
        String database = TestPostgres.get().createDatabase("t_distribution_keys_v18");
        TestPostgres.get().migrate(database, TestPostgres.get().lastVersionBefore(database, "19"));

        assertThat(violations(database)).contains(
                "unit: unique key unit_number_unique (building_id, unit_no) lacks company_id",
                "customer_file_entry: unique key customer_file_event_key_unique (customer_id, event_key) lacks company_id",
                "notification: unique key notification_event_unique (account_id, event_key) lacks company_id");
    }

    @Test
    void everyExemptTableExists() throws SQLException {
        String database = TestPostgres.get().createDatabase("t_distribution_keys_exempt");
        TestPostgres.get().migrate(database, "latest");

        List<String> tables = new ArrayList<>();
        try (Connection c = TestPostgres.get().connect(database);
                var rs = c.createStatement().executeQuery("""
                        select relname from pg_class
                        where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).as("a table listed as exempt was dropped or renamed: update the list")
                .containsAll(REFERENCE_TABLES.keySet()).containsAll(COORDINATOR_TABLES.keySet());
    }

    /** What breaks the rule, one line each; empty when the schema follows it. */
    static List<String> violations(String database) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = TestPostgres.get().connect(database)) {
            try (var rs = c.createStatement().executeQuery("""
                    select t.relname
                    from pg_class t
                    where t.relnamespace = 'public'::regnamespace and t.relkind in ('r', 'p')
                      and not exists (select 1 from pg_attribute a
                                      where a.attrelid = t.oid and a.attname = 'company_id'
                                        and a.attnotnull and not a.attisdropped)
                    order by 1""")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    if (!exempt(table)) {
                        found.add(table + ": no non-null company_id column");
                    }
                }
            }
            // Unique indexes cover unique constraints too; pg_get_indexdef shows expressions
            // such as lower(username) as they were written.
            try (var rs = c.createStatement().executeQuery("""
                    select t.relname, i.relname,
                           (select string_agg(pg_get_indexdef(x.indexrelid, k, true), ', ' order by k)
                            from generate_series(1, x.indnkeyatts) k),
                           exists (select 1 from pg_attribute a
                                   where a.attrelid = t.oid and a.attname = 'company_id'
                                     and a.attnum = any (x.indkey::int2[]))
                    from pg_index x
                    join pg_class i on i.oid = x.indexrelid
                    join pg_class t on t.oid = x.indrelid
                    where t.relnamespace = 'public'::regnamespace and x.indisunique and not x.indisprimary
                    order by 1, 2""")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    if (!exempt(table) && !rs.getBoolean(4)) {
                        found.add("%s: unique key %s (%s) lacks company_id".formatted(table, rs.getString(2),
                                rs.getString(3)));
                    }
                }
            }
        }
        return found;
    }

    private static boolean exempt(String table) {
        return REFERENCE_TABLES.containsKey(table) || COORDINATOR_TABLES.containsKey(table);
    }
}
