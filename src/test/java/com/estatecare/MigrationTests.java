package com.estatecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import com.estatecare.support.TestPostgres;

/** The migrations, in the one folder the application reads (Flyway's default location), run on PostgreSQL. */
class MigrationTests {

    private static final List<String> KEY_TABLES = List.of("org_node", "account", "customer", "request",
            "request_timeline", "customer_file_entry", "event_publication", "idempotency_record");

    @Test
    void migrationsRunOnPostgres() throws SQLException {
        String database = postgres("t_migrations");
        MigrateResult result = migrate(database);

        assertMigrated(result);
        try (Connection c = TestPostgres.get().connect(database)) {
            assertKeyTablesExist(c);
        }
    }

    @Test
    void timelineIsAppendOnlyOnPostgres() throws SQLException {
        String database = postgres("t_migrations_timeline");
        migrate(database);

        try (Connection c = TestPostgres.get().connect(database); Statement s = c.createStatement()) {
            s.execute("""
                    insert into request (id, company_id, number, kind, channel, status, emergency, scope_path,
                        description, received_at, read_back_confirmed, handling_round, steps, version, created_at, updated_at)
                    values (1, 1, 'BX-20261124-0001', 'REPAIR', 'PHONE', 'RECEIVED', false, '/1/2/', '窗户漏水',
                        now(), true, 1, 0, 0, now(), now())""");
            s.execute("""
                    insert into request_timeline (company_id, request_id, at, actor_name, action, to_status)
                    values (1, 1, now(), '客服专员 林芳', 'REGISTER', 'RECEIVED')""");

            assertThatThrownBy(() -> s.executeUpdate("update request_timeline set note = 'changed'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from request_timeline"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void storedReasonCodesAreRewrittenToTheRulesTheyName() throws SQLException {
        String database = postgres("t_migrations_reason_codes");
        migrate(database, TestPostgres.get().lastVersionBefore(database, "17"));

        try (Connection c = TestPostgres.get().connect(database); Statement s = c.createStatement()) {
            s.execute("""
                    insert into request (id, company_id, number, kind, channel, status, emergency, scope_path,
                        description, received_at, read_back_confirmed, handling_round, steps, version, created_at,
                        updated_at)
                    values (1, 1, 'TS-20261124-0001', 'COMPLAINT', 'PHONE', 'RECEIVED', false, '/1/2/', '多次漏水',
                        now(), true, 1, 0, 0, now(), now())""");
            s.execute("""
                    insert into complaint_grade (request_id, company_id, grade, reasons, waived, policy_company_id,
                        policy_version, graded_at)
                    values (1, 1, 1, 'COLLECTIVE_FIVE,UNRESOLVED_ONE_MONTH,HOTSPOT_THREE_COMPLAINANTS',
                        'COLLECTIVE_THREE,UNRESOLVED_ONE_WEEK', 0, 1, now())""");
            s.execute("""
                    insert into complaint_grade_history (company_id, request_id, at, to_grade, reasons, policy_version,
                        changed_by)
                    values (1, 1, now(), 2, 'COLLECTIVE_THREE,NEEDS_SUPPORT', 1, '投诉分级规则')""");
            s.execute("""
                    insert into escalation_step (company_id, request_id, from_level, to_level, reason_code, actor_name,
                        note, source, policy_version, at)
                    values (1, 1, 'PROPERTY_COMPANY', 'PROJECT_COMPANY', 'COMPLAINT_SECOND', '投诉上移制',
                        'COMPLAINT_SECOND: 2 complaints about the same problem', 'rule:COMPLAINT_SECOND', 1, now())""");
            s.execute("""
                    insert into fine (company_id, request_id, request_number, scope_path, party, grade, level,
                        amount_fen, status, rule, proposed_at, policy_version)
                    values (1, 1, 'TS-20261124-0001', '/1/2/', 'PROPERTY_COMPANY', 4, 'HEADQUARTERS', 40000,
                        'PROPOSED', 'REPAIR_FOURTH_REPORT', now(), 1)""");
            s.execute("""
                    insert into request_timeline (company_id, request_id, at, actor_name, action, note, details)
                    values (1, 1, now(), '投诉上移制', 'ESCALATE', 'COMPLAINT_THIRD: 3 complaints',
                        '{"rule":"COMPLAINT_THIRD","toLevel":"HEADQUARTERS"}'),
                           (1, 1, now(), '投诉分级规则', 'GRADE', null,
                        '{"rule":"COLLECTIVE_FIVE","reasons":["COLLECTIVE_FIVE","UNRESOLVED_ONE_WEEK"]}'),
                           (1, 1, now(), '累计处罚制', 'FINE_PROPOSED', null, '{"rule":"REPAIR_THIRD_REPORT"}')""");

            migrate(database, "latest");

            assertThat(single(s, "select reasons || ' | ' || waived from complaint_grade")).isEqualTo(
                    "COLLECTIVE_MAJOR,UNRESOLVED_MAJOR,HOTSPOT_DIFFERENT_COMPLAINANTS"
                            + " | COLLECTIVE_HOTSPOT,UNRESOLVED_HOTSPOT");
            assertThat(single(s, "select reasons from complaint_grade_history"))
                    .isEqualTo("COLLECTIVE_HOTSPOT,NEEDS_SUPPORT");
            assertThat(single(s, "select reason_code || ' | ' || source || ' | ' || note from escalation_step"))
                    .isEqualTo("COMPLAINT_REPEATED_TO_PROJECT_COMPANY | rule:COMPLAINT_REPEATED_TO_PROJECT_COMPANY"
                            + " | COMPLAINT_REPEATED_TO_PROJECT_COMPANY: 2 complaints about the same problem");
            assertThat(single(s, "select rule from fine")).isEqualTo("REPAIR_REPEATED_TO_HEADQUARTERS");
            assertThat(single(s, "select string_agg(coalesce(note, '-') || ' ' || details, ' | ' order by id)"
                    + " from request_timeline")).isEqualTo(
                            "COMPLAINT_REPEATED_TO_HEADQUARTERS: 3 complaints"
                                    + " {\"rule\":\"COMPLAINT_REPEATED_TO_HEADQUARTERS\",\"toLevel\":\"HEADQUARTERS\"}"
                                    + " | - {\"rule\":\"COLLECTIVE_MAJOR\",\"reasons\":[\"COLLECTIVE_MAJOR\","
                                    + "\"UNRESOLVED_HOTSPOT\"]}"
                                    + " | - {\"rule\":\"REPAIR_REPEATED_TO_PROJECT_COMPANY\"}");
            assertThatThrownBy(() -> s.executeUpdate("update request_timeline set note = 'changed'"))
                    .as("the timeline is append-only again").isInstanceOf(SQLException.class);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static String postgres(String database) {
        return TestPostgres.get().createDatabase(database);
    }

    private static MigrateResult migrate(String database) {
        return migrate(database, "latest");
    }

    private static MigrateResult migrate(String database, String target) {
        return TestPostgres.get().migrate(database, target);
    }

    private static void assertMigrated(MigrateResult result) {
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(4);
        assertThat(result.targetSchemaVersion).isNotNull();
    }

    private static void assertKeyTablesExist(Connection c) throws SQLException {
        for (String table : KEY_TABLES) {
            try (var rs = c.getMetaData().getTables(null, null, table, new String[] { "TABLE" })) {
                assertThat(rs.next()).as(table).isTrue();
            }
        }
    }
}
