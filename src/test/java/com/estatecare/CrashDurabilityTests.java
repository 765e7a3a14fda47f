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
import java.nio.file.Path;
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

import org.junit.jupiter.api.Test;

import com.estatecare.support.Api;
import com.estatecare.support.TestPostgres;

/**
 * A request that was answered with a number survives a kill -9 of the
 * application: the number is given out only after the request and its first
 * timeline entry are committed. The work other modules do after the commit
 * (Spring Modulith's persisted event publications) is resumed at the next
 * start, so a crash between a change and its consequences loses nothing.
 */
class CrashDurabilityTests {

    private static final String AGENT = "Basic "
            + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8));
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void requestAnsweredWithANumberSurvivesKillMinus9() throws Exception {
        TestPostgres server = TestPostgres.get();
        String url = server.jdbcUrl(server.createDatabase("t_crash_durability"));
        Map<Long, String> answered = new ConcurrentHashMap<>();

        Application app = Application.start(url, "first", "--spring.task.execution.pool.core-size=1",
                "--spring.task.execution.pool.max-size=1");
        try {
            app.awaitReady(http);
            long unit = Api.parse(get(app, "/api/v1/units?limit=1").body()).get("items").get(0).get("id").asLong();
            registerUntilKilled(app, unit, answered);
        } finally {
            app.kill();
        }

        assertThat(answered).hasSizeGreaterThanOrEqualTo(5);
        long unfinishedAtCrash;
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            for (Map.Entry<Long, String> request : answered.entrySet()) {
                assertThat(registeredWithTimeline(c, request.getKey())).as(request.getValue()).isEqualTo(request.getValue());
            }
            unfinishedAtCrash = unfinishedEventPublications(c);
        }

        Application again = Application.start(url, "second");
        try {
            again.awaitReady(http);
            for (Map.Entry<Long, String> request : answered.entrySet()) {
                HttpResponse<String> response = get(again, "/api/v1/requests/" + request.getKey());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(Api.parse(response.body()).get("number").asString()).isEqualTo(request.getValue());
            }
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                await().atMost(STARTUP).untilAsserted(() -> {
                    assertThat(unfinishedEventPublications(c)).as("%d publications were unfinished at the crash",
                            unfinishedAtCrash).isZero();
                    assertThat(answered.keySet()).allSatisfy(id -> assertThat(escalationRecordExists(c, id)).isTrue());
                });
            }
        } finally {
            again.kill();
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

    private static boolean escalationRecordExists(Connection c, long requestId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from escalation_case where request_id = ?")) {
            s.setLong(1, requestId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
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
        static Application start(String jdbcUrl, String name, String... extra) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            File log = Path.of("target", "crash-durability-" + name + ".log").toFile();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), EstateCareApplication.class.getName(),
                    "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--estatecare.demo-data=true"));
            command.addAll(List.of(extra));
            Process process = new ProcessBuilder(command)
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
    }

}
