package com.estatecare.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.SpringApplication;

import com.estatecare.platform.internal.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test run: the application's own
 * {@link EmbeddedPostgres} in a temporary folder, without fsync, started in
 * about a second and stopped (and deleted) when the JVM ends, after the
 * test applications have closed. The binaries are
 * unpacked once into {@code <tmp>/estatecare-pg} and kept for the next runs.
 */
public final class TestPostgres {

    private static final String MIGRATED_TEMPLATE = "t_migrated_template";

    private static TestPostgres instance;

    private final EmbeddedPostgres server;
    private final Path home;
    private volatile boolean servesApplications;
    private boolean templateMigrated;
    private boolean demoTemplateLoaded;

    private TestPostgres(EmbeddedPostgres server, Path home) {
        this.server = server;
        this.home = home;
    }

    /**
     * The server for a Spring application of the test run. JVM shutdown hooks
     * run concurrently, so a hook of its own would stop the server while the
     * cached applications are still closing; Boot runs its shutdown handlers
     * only after every application context is closed, so the server stops
     * there. Without any application it stops in a JVM shutdown hook.
     */
    public synchronized TestPostgres forApplication() {
        if (!servesApplications) {
            servesApplications = true;
            SpringApplication.getShutdownHandlers().add(this::stop);
        }
        return this;
    }

    private void stop() {
        server.stop();
        TestFiles.delete(home);
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            try {
                Path root = Path.of(System.getProperty("java.io.tmpdir"), "estatecare-pg");
                Files.createDirectories(root);
                Path home = Files.createTempDirectory(root, "data-");
                Files.delete(home); // created afresh, with the permissions the server user needs
                EmbeddedPostgres server = EmbeddedPostgres.start(home, root, EmbeddedPostgres.Durability.THROWAWAY);
                instance = new TestPostgres(server, home);
                TestPostgres started = instance;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    if (!started.servesApplications) {
                        started.stop();
                    }
                }));
            } catch (IOException e) {
                throw new IllegalStateException("could not start the test PostgreSQL", e);
            }
        }
        return instance;
    }

    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    public String username() {
        return EmbeddedPostgres.SUPERUSER;
    }

    public String password() {
        return server.password();
    }

    public Connection connect(String database) throws SQLException {
        return server.connect(database);
    }

    /** A new, empty database. */
    public String createDatabase(String name) {
        return createDatabase(name, "template1");
    }

    /**
     * A new database with every migration applied: a copy of a template that
     * Flyway migrates once per test run, so that each test application only
     * validates the migrations instead of running them again.
     */
    public synchronized String createMigratedDatabase(String name) {
        if (!templateMigrated) {
            createDatabase(MIGRATED_TEMPLATE);
            Flyway.configure().dataSource(jdbcUrl(MIGRATED_TEMPLATE), username(), password()).load().migrate();
            templateMigrated = true;
        }
        return createDatabase(name, MIGRATED_TEMPLATE);
    }

    /**
     * A new database with every migration applied and the demo organisation loaded: a copy of a template into
     * which the application loads the demo data once per test run ({@link DemoDataTemplate}).
     */
    public synchronized String createDemoDatabase(String name) {
        if (!demoTemplateLoaded) {
            DemoDataTemplate.load(this, createMigratedDatabase(DemoDataTemplate.NAME));
            demoTemplateLoaded = true;
        }
        return createDatabase(name, DemoDataTemplate.NAME);
    }

    /** Migrates {@code database} up to {@code target} (a version, or {@code latest}). */
    public org.flywaydb.core.api.output.MigrateResult migrate(String database, String target) {
        return flyway(database).target(target).load().migrate();
    }

    /** The newest migration older than {@code version}, whichever others have been added since. */
    public String lastVersionBefore(String database, String version) {
        MigrationVersion limit = MigrationVersion.fromVersion(version);
        return Arrays.stream(flyway(database).load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null && limit.isNewerThan(v)).max(MigrationVersion::compareTo).orElseThrow()
                .getVersion();
    }

    private FluentConfiguration flyway(String database) {
        return Flyway.configure().dataSource(jdbcUrl(database), username(), password());
    }

    /**
     * Drops a database its application no longer uses, so that the cluster the test run deletes at its end stays
     * small. One still in use stays (it goes with the server).
     */
    public synchronized void dropDatabase(String name) {
        try (Connection c = server.connect("postgres")) {
            c.createStatement().execute("drop database if exists " + name);
        } catch (SQLException e) {
            // still connected to, or the server has stopped: it goes with the server's folder
        }
    }

    private synchronized String createDatabase(String name, String template) {
        try (Connection c = server.connect("postgres")) {
            c.createStatement().execute("drop database if exists " + name);
            c.createStatement().execute("create database " + name + " template " + template);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
