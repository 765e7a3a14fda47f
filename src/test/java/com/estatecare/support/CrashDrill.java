package com.estatecare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request that was answered with a number survives a kill -9: clients register repairs without pause while the
 * application is killed; after a restart every answered request is there with its number and its first timeline
 * entry, new requests get new numbers, and the after-commit work the crash interrupted (Spring Modulith's
 * persisted event publications) is finished. Used on an external PostgreSQL ({@code CrashDurabilityTests}) and
 * on the packaged jar with its embedded default ({@code PackagedJarIT}).
 */
public final class CrashDrill {

    /** A restart takes 10–30 s on a calm host; the bound is for a host that other builds keep busy. */
    public static final Duration RESTART = Duration.ofSeconds(600);
    private static final String AGENT = "Basic "
            + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8));

    /** Opens a connection to the application's database, to read what it committed. */
    @FunctionalInterface
    public interface Database {
        Connection connect() throws SQLException;
    }

    /** What kills the application (and, for the embedded default, its database server). */
    @FunctionalInterface
    public interface Kill {
        void now() throws Exception;
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Long, String> answered = new ConcurrentHashMap<>();
    private long unit;

    /** Six clients register without pause; once ten are answered, {@code kill} runs while they are still at it. */
    public void registerUntilKilled(int port, Kill kill) throws Exception {
        unit = Api.parse(get(port, "/api/v1/units?limit=1").body()).get("items").get(0).get("id").asLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            for (int i = 0; i < 6; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        register(port, answered);
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> answered.size() >= 10);
            kill.now();
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answered).hasSizeGreaterThanOrEqualTo(5);
    }

    /** After the restart on {@code port}: nothing answered is lost, no number is given out twice. */
    public void assertNothingLost(int port, Database database) throws Exception {
        try (Connection c = database.connect()) {
            for (Map.Entry<Long, String> request : answered.entrySet()) {
                assertThat(registeredWithTimeline(c, request.getKey())).as(request.getValue())
                        .isEqualTo(request.getValue());
            }
        }
        for (Map.Entry<Long, String> request : answered.entrySet()) {
            HttpResponse<String> response = get(port, "/api/v1/requests/" + request.getKey());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(Api.parse(response.body()).get("number").asString()).isEqualTo(request.getValue());
        }
        Map<Long, String> afterRestart = new ConcurrentHashMap<>();
        for (int i = 0; i < 5; i++) {
            register(port, afterRestart);
        }
        assertThat(afterRestart).hasSize(5);
        assertThat(afterRestart.values()).as("numbers given out again").doesNotContainAnyElementsOf(answered.values());
        try (Connection c = database.connect()) {
            await().atMost(RESTART).untilAsserted(() -> assertThat(unfinishedEventPublications(c))
                    .as("publications unfinished after the restart").isZero());
        }
    }

    /** After-commit work (the outbox) not finished yet. */
    public static long unfinishedEventPublications(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from event_publication where completion_date is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void register(int port, Map<Long, String> into) {
        String body = """
                {"kind":"REPAIR","channel":"PHONE","unitId":%d,"reporter":{"name":"王先生","phone":"13800138000"},
                 "category":"HOUSING_QUALITY","componentCode":"WINDOW","description":"主卧窗户漏水",
                 "readBackConfirmed":true}""".formatted(unit);
        try {
            HttpResponse<String> response = http.send(request(port, "/api/v1/requests")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                var json = Api.parse(response.body());
                into.put(json.get("id").asLong(), json.get("number").asString());
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

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", AGENT);
    }
}
