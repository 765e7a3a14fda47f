package com.estatecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.estatecare.support.Api;
import com.estatecare.support.TestFiles;
import com.estatecare.support.TestPostgres;

/**
 * A request that was answered with a number survives a kill -9 of the
 * application, and its number is never given out again: the number is given
 * out only after the request and its first timeline entry are committed. The
 * work other modules do after the commit (Spring Modulith's persisted event
 * publications) is resumed at the next start, so a crash between a change and
 * its consequences loses nothing. Run against an external PostgreSQL (the test
 * server) and against the first-start default, the embedded PostgreSQL the
 * application starts itself under ./data, whose server is killed as well.
 */
class CrashDurabilityTests {

    private static final String AGENT = "Basic "
            + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8));
    /** A start takes 10–30 s on a calm host; the bound is for a host that other builds keep busy. */
    private static final Duration STARTUP = Duration.ofSeconds(600);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void requestAnsweredWithANumberSurvivesKillMinus9() throws Exception {
        TestPostgres server = TestPostgres.get();
        // migrated, with the demo organisation: the first start's own work is the embedded case's below
        String database = server.createDemoDatabase("t_crash_durability");
        Database external = new Database() {
            @Override
            public List<String> arguments() {
                return List.of("--spring.datasource.url=" + server.jdbcUrl(database),
                        "--spring.datasource.username=" + server.username(),
                        "--spring.datasource.password=" + server.password());
            }

            @Override
            public Connection connect() throws SQLException {
                return server.connect(database);
            }
        };
        crashUnderLoadAndRestart(external, Path.of("."), "external");
    }

    @Test
    void requestAnsweredWithANumberSurvivesKillMinus9OfTheEmbeddedDefault() throws Exception {
        Path workingDir = Files.createTempDirectory("estatecare-crash-");
        Files.setPosixFilePermissions(workingDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        EmbeddedDefault embedded = new EmbeddedDefault(workingDir.resolve("data"));
        try {
            crashUnderLoadAndRestart(embedded, workingDir, "embedded");
            assertThat(embedded.cluster().resolve("postmaster.pid")).as("stopped with the application").doesNotExist();
        } finally {
            embedded.killServer();
            TestFiles.delete(workingDir);
        }
    }

    /**
     * Clients register requests without pause until the application (and, for the embedded default, its database
     * server) is killed; after a restart every answered request is there with its number and new requests get new
     * numbers.
     */
    private void crashUnderLoadAndRestart(Database database, Path workingDir, String name) throws Exception {
        Map<Long, String> answered = new ConcurrentHashMap<>();

        Application app = Application.start(database, workingDir, name + "-first",
                "--spring.task.execution.pool.core-size=1", "--spring.task.execution.pool.max-size=1");
        long unit;
        try {
            app.awaitReady(http);
            unit = Api.parse(get(app, "/api/v1/units?limit=1").body()).get("items").get(0).get("id").asLong();
            registerUntilKilled(app, unit, answered);
        } finally {
            app.kill();
        }
        database.afterApplicationKilled();
        assertThat(answered).hasSizeGreaterThanOrEqualTo(5);

        Application again = Application.start(database, workingDir, name + "-second");
        try {
            again.awaitReady(http);
            try (Connection c = database.connect()) {
                for (Map.Entry<Long, String> request : answered.entrySet()) {
                    assertThat(registeredWithTimeline(c, request.getKey())).as(request.getValue())
                            .isEqualTo(request.getValue());
                }
            }
            for (Map.Entry<Long, String> request : answered.entrySet()) {
                HttpResponse<String> response = get(again, "/api/v1/requests/" + request.getKey());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(Api.parse(response.body()).get("number").asString()).isEqualTo(request.getValue());
            }
            Map<Long, String> afterRestart = new ConcurrentHashMap<>();
            for (int i = 0; i < 5; i++) {
                register(again, unit, afterRestart);
            }
            assertThat(afterRestart).hasSize(5);
            assertThat(afterRestart.values()).as("numbers given out again").doesNotContainAnyElementsOf(answered.values());
            try (Connection c = database.connect()) {
                await().atMost(STARTUP).untilAsserted(() -> {
                    assertThat(unfinishedEventPublications(c)).as("publications unfinished after the restart").isZero();
                });
            }
        } finally {
            again.stop();
        }
    }

    /** Where the application keeps its data, and how the test reads it. */
    private interface Database {
        /** Arguments of the application that choose the database. */
        List<String> arguments();

        Connection connect() throws SQLException;

        default void afterApplicationKilled() throws Exception {
        }
    }

    /** The first-start default: no datasource arguments, the application starts its PostgreSQL under ./data. */
    private record EmbeddedDefault(Path home) implements Database {

        Path cluster() {
            return home.resolve("postgresql");
        }

        @Override
        public List<String> arguments() {
            return List.of();
        }

        @Override
        public Connection connect() throws SQLException {
            try {
                int port = Integer.parseInt(Files.readAllLines(cluster().resolve("postmaster.pid")).get(3).trim());
                String password = Files.readString(home.resolve("postgresql.password")).trim();
                return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/estatecare", "postgres",
                        password);
            } catch (IOException e) {
                throw new SQLException(e);
            }
        }

        /** To be strict, the database server dies with the application (SIGKILL of the postmaster). */
        @Override
        public void afterApplicationKilled() throws Exception {
            assertThat(killServer()).as("the embedded server was running").isTrue();
        }

        boolean killServer() throws Exception {
            Path pid = cluster().resolve("postmaster.pid");
            if (Files.notExists(pid)) {
                return false;
            }
            var postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()));
            if (postmaster.isEmpty()) {
                return false;
            }
            postmaster.get().destroyForcibly();
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            return true;
        }
    }

    /** After-commit work (the outbox): what the crash interrupted is resumed at the next start. */
    private static long unfinishedEventPublications(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from event_publication where completion_date is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Three clients register requests without pause; the application is killed while they are at it. */
    private void registerUntilKilled(Application app, long unit, Map<Long, String> answered) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            for (int i = 0; i < 6; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        register(app, unit, answered);
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> answered.size() >= 10);
            app.kill();
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private void register(Application app, long unit, Map<Long, String> answered) {
        String body = """
                {"kind":"REPAIR","channel":"PHONE","unitId":%d,"reporter":{"name":"王先生","phone":"13800138000"},
                 "category":"HOUSING_QUALITY","componentCode":"WINDOW","description":"主卧窗户漏水",
                 "readBackConfirmed":true}""".formatted(unit);
        try {
            HttpResponse<String> response = http.send(app.request("/api/v1/requests").timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                var json = Api.parse(response.body());
                answered.put(json.get("id").asLong(), json.get("number").asString());
            }
        } catch (IOException e) {
            // the application died mid-request: this one was never answered
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String registeredWithTimeline(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select r.number from request r
                where r.id = ? and exists (select 1 from request_timeline t
                                           where t.request_id = r.id and t.action = 'REGISTER')""")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private HttpResponse<String> get(Application app, String path) throws IOException, InterruptedException {
        return http.send(app.request(path).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The application in a JVM of its own, so that it can really be killed. */
    private record Application(Process process, int port) {

        /** {@code extra} are further arguments, e.g. one thread for the after-commit work, so that the crash finds some unfinished. */
        static Application start(Database database, Path workingDir, String name, String... extra) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            File log = Path.of("target", "crash-durability-" + name + ".log").toAbsolutePath().toFile();
            String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(entry -> Path.of(entry).toAbsolutePath().toString())
                    .collect(Collectors.joining(File.pathSeparator));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // a quick start rather than quick code (as the test run's own JVM): the quick compiler alone,
                    // one collector thread
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", classPath, EstateCareApplication.class.getName(),
                    "--server.port=" + port, "--estatecare.demo-data=true", "--estatecare.demo-history.requests=0"));
            command.addAll(database.arguments());
            command.addAll(List.of(extra));
            Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log).start();
            return new Application(process, port);
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", AGENT);
        }

        /** Polls health every 200 ms; readiness comes after the demo data is loaded. */
        void awaitReady(HttpClient http) {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build();
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        assertThat(process.isAlive()).as("application exited, see target/crash-durability-*.log").isTrue();
                        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && response.body().contains("\"UP\"");
                    });
        }

        /** SIGKILL on Linux: no shutdown hooks, no graceful shutdown. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGTERM: the normal shutdown, which also stops the embedded database server. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

}
