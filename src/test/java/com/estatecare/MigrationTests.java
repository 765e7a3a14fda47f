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

    private static String postgres(String database) {
        return TestPostgres.get().createDatabase(database);
    }

    private static MigrateResult migrate(String database) {
        TestPostgres server = TestPostgres.get();
        return Flyway.configure().dataSource(server.jdbcUrl(database), server.username(), server.password())
                .load().migrate();
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
