package com.estatecare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.estatecare.platform.internal.EmbeddedPostgres.Durability;
import com.estatecare.support.TestFiles;

/**
 * The embedded default as the application starts it ({@link EmbeddedDatabaseDefault}: durable, under one folder):
 * not open to other local users or other machines, and it survives the death of the application or of the server.
 */
class EmbeddedPostgresTests {

    private static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "estatecare-pg");
    private static Path workingDir;
    private static Path home;
    private static EmbeddedPostgres server;

    @BeforeAll
    static void firstStart() throws IOException {
        workingDir = Files.createTempDirectory("estatecare-embedded-");
        Files.setPosixFilePermissions(workingDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        home = workingDir.resolve("data");
        server = EmbeddedPostgres.start(home, BINARIES, Durability.DURABLE);
    }

    @AfterAll
    static void stop() {
        server.stop();
        TestFiles.delete(workingDir);
    }

    @Test
    void clusterAndPasswordAreReadableByTheirOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("postgresql"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("postgresql.password"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).as("others pass, never list")
                .isEqualTo("rwx--x--x");
        if ("root".equals(System.getProperty("user.name"))) {
            assertThat(Files.getOwner(home.resolve("postgresql")).getName()).isEqualTo("nobody");
        }
    }

    @Test
    void serverListensOnLoopbackOnlyAndHasNoUnixSocket() throws Exception {
        try (Connection c = server.connect("postgres")) {
            assertThat(setting(c, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(setting(c, "unix_socket_directories")).isEmpty();
        }
        for (InetAddress address : otherAddressesOfThisMachine()) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, server.port()), 2000);
                }
            }).as(address.toString()).isInstanceOf(IOException.class);
        }
    }

    @Test
    void connectionWithoutThePasswordIsRefused() throws SQLException {
        String url = server.jdbcUrl(EmbeddedPostgres.DATABASE);

        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection c = DriverManager.getConnection(url, "postgres", server.password())) {
            assertThat(setting(c, "password_encryption")).isEqualTo("scram-sha-256");
            assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32);
        }
    }

    @Test
    void trigramsAreExtractedFromChineseText() throws SQLException {
        try (Connection c = server.connect("postgres"); var statement = c.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            try (var rs = statement.executeQuery("select cardinality(show_trgm('卫生间地漏返水'))")) {
                rs.next();
                assertThat(rs.getInt(1)).as("trigrams of a Chinese description").isPositive();
            }
        }
    }

    @Test
    void serverIsDurable() throws SQLException {
        try (Connection c = server.connect("postgres")) {
            assertThat(setting(c, "fsync")).isEqualTo("on");
            assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(c, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void nextStartReusesTheServerThatADeadApplicationLeftRunning() throws Exception {
        long postmaster = postmasterPid();

        EmbeddedPostgres again = EmbeddedPostgres.start(home, BINARIES, Durability.DURABLE);

        assertThat(again.port()).isEqualTo(server.port());
        assertThat(postmasterPid()).isEqualTo(postmaster);
        try (Connection c = again.connect(EmbeddedPostgres.DATABASE)) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void nextStartRecoversAfterTheServerWasKilled() throws Exception {
        try (Connection c = server.connect(EmbeddedPostgres.DATABASE)) {
            c.createStatement().execute("create table if not exists survivor (id int)");
            c.createStatement().execute("insert into survivor values (7)");
        }
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        assertThat(home.resolve("postgresql/postmaster.pid")).as("stale").exists();

        server = EmbeddedPostgres.start(home, BINARIES, Durability.DURABLE);

        try (Connection c = server.connect(EmbeddedPostgres.DATABASE);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from survivor where id = 7")) {
            rs.next();
            assertThat(rs.getInt(1)).isOne();
        }
    }

    @Test
    void nextStartLeavesAloneAProgramThatInheritedTheKilledServersProcessId() throws Exception {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        boolean root = "root".equals(System.getProperty("user.name"));
        Process started = new ProcessBuilder(root ? List.of("runuser", "-u", "nobody", "--", "sleep", "300")
                : List.of("sleep", "300")).start();
        try {
            ProcessHandle impostor = root
                    ? await().atMost(Duration.ofSeconds(10)).until(() -> started.toHandle().children().findFirst(),
                            Optional::isPresent).orElseThrow()
                    : started.toHandle();
            Path pidFile = home.resolve("postgresql/postmaster.pid");
            List<String> lines = new ArrayList<>(Files.readAllLines(pidFile));
            lines.set(0, Long.toString(impostor.pid()));
            Files.write(pidFile, lines);

            server = EmbeddedPostgres.start(home, BINARIES, Durability.DURABLE);

            assertThat(impostor.isAlive()).isTrue();
            try (Connection c = server.connect(EmbeddedPostgres.DATABASE)) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            started.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
        }
    }

    @Test
    void binariesArePickedByOperatingSystemAndArchitecture() {
        assertThat(EmbeddedPostgres.archiveName("Linux", "amd64")).isEqualTo("postgres-linux-x86_64.txz");
        assertThat(EmbeddedPostgres.archiveName("Linux", "aarch64")).isEqualTo("postgres-linux-arm_64.txz");
        assertThat(EmbeddedPostgres.archiveName("Mac OS X", "x86_64")).isEqualTo("postgres-darwin-x86_64.txz");
        assertThat(EmbeddedPostgres.archiveName("Mac OS X", "aarch64")).isEqualTo("postgres-darwin-arm_64.txz");
        assertThatThrownBy(() -> EmbeddedPostgres.archiveName("Windows 11", "amd64"))
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    private static long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(home.resolve("postgresql/postmaster.pid")).get(0).trim());
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<InetAddress> otherAddressesOfThisMachine() throws IOException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
    }
}
