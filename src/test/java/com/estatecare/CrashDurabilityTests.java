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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.estatecare.support.CrashDrill;
import com.estatecare.support.TestPostgres;

/**
 * A request that was answered with a number survives a kill -9 of the
 * application, and its number is never given out again: the number is given
 * out only after the request and its first timeline entry are committed. The
 * work other modules do after the commit (Spring Modulith's persisted event
 * publications) is resumed at the next start, so a crash between a change and
 * its consequences loses nothing. Here against an external PostgreSQL (the
 * test server); the first-start default, the embedded PostgreSQL the packaged
 * jar starts itself under ./data, is killed with the jar in {@code PackagedJarIT}.
 */
class CrashDurabilityTests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void requestAnsweredWithANumberSurvivesKillMinus9() throws Exception {
        TestPostgres server = TestPostgres.get();
        // migrated, with the demo organisation: the first start's own work is the packaged jar's (PackagedJarIT)
        String database = server.createDemoDatabase("t_crash_durability");
        List<String> arguments = List.of("--spring.datasource.url=" + server.jdbcUrl(database),
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password());
        CrashDrill drill = new CrashDrill();

        // one thread for the after-commit work, so that the crash finds some of it unfinished
        Application app = Application.start(arguments, "external-first",
                "--spring.task.execution.pool.core-size=1", "--spring.task.execution.pool.max-size=1");
        try {
            app.awaitReady(http);
            drill.registerUntilKilled(app.port(), app::kill);
        } finally {
            app.kill();
        }

        Application again = Application.start(arguments, "external-second");
        try {
            again.awaitReady(http);
            drill.assertNothingLost(again.port(), () -> server.connect(database));
        } finally {
            again.stop();
        }
    }

    /** The application in a JVM of its own, so that it can really be killed. */
    private record Application(Process process, int port) {

        /** {@code extra} are further arguments, e.g. one thread for the after-commit work, so that the crash finds some unfinished. */
        static Application start(List<String> database, String name, String... extra) throws IOException {
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
            command.addAll(database);
            command.addAll(List.of(extra));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(log).start();
            return new Application(process, port);
        }

        /** Polls health every 200 ms; readiness comes after the demo data is loaded. */
        void awaitReady(HttpClient http) {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build();
            await().atMost(CrashDrill.RESTART).pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
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
