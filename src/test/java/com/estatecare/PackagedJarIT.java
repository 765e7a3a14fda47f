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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.mock.env.MockEnvironment;

import com.estatecare.support.Api;
import com.estatecare.support.CrashDrill;
import com.estatecare.support.EmbeddedData;
import com.estatecare.support.Spreadsheets;
import com.estatecare.support.TestFiles;

/**
 * The packaged application as a new user starts it: {@code java -jar target/estatecare-*.jar} in an empty folder,
 * no configuration, so with the first-start default (its own PostgreSQL under ./data) and the demo data. Run by
 * maven-failsafe-plugin after {@code package}: what the tests' class path hides (a library missing from the jar)
 * shows here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

    /** 30 s on a calm host; 305 s were seen while other builds kept both cores busy (load average 30). */
    private static final Duration FIRST_START = Duration.ofSeconds(600);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Path jar;
    private static int port;
    private static Path workingDir;
    private static Process process;
    private static Api api;
    private static String healthUpButNoDemoData;
    private static int firstAnswerToADemoSignIn;

    @BeforeAll
    static void startThePackagedJarInAnEmptyFolder() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("estatecare-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/estatecare-*.jar: run ./mvnw verify"))
                    .toAbsolutePath();
        }
        workingDir = Files.createTempDirectory("estatecare-jar-");
        Files.setPosixFilePermissions(workingDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PackagedJarIT.jar = jar;
        PackagedJarIT.port = port;
        process = startTheJar("packaged-jar.log");
        api = new Api(new MockEnvironment().withProperty("local.server.port", Integer.toString(port)));
        awaitHealthUpThenLookForTheDemoData(port);
    }

    private static Process startTheJar(String log) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                // without the six months of demo history, which grows in the background after UP (DemoHistoryTests)
                jar.toString(), "--server.port=" + port, "--estatecare.demo-history.requests=0")
                .directory(workingDir.toFile()).redirectErrorStream(true).redirectOutput(new File("target/" + log))
                .start();
    }

    private static void awaitHealthUp() {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await().atMost(FIRST_START).pollInterval(Duration.ofMillis(100)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    assertThat(process.isAlive()).as("application exited, see target/packaged-jar*.log").isTrue();
                    HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() == 200 && response.body().contains("\"UP\"");
                });
    }

    /**
     * What a person does: try to sign in as soon as the port answers (the second company's accounts are the demo's
     * last), then what a deployment script does: poll /actuator/health until UP, then use the API at once.
     */
    private static void awaitHealthUpThenLookForTheDemoData(int port) throws SQLException {
        Api.Caller early = api.basic("hz-agent", "demo");
        await().atMost(FIRST_START).pollInterval(Duration.ofMillis(50)).until(() -> {
            assertThat(process.isAlive()).as("application exited, see target/packaged-jar.log").isTrue();
            try {
                firstAnswerToADemoSignIn = early.get("/api/v1/me").status();
                return true;
            } catch (RuntimeException notListeningYet) {
                return false;
            }
        });
        awaitHealthUp();
        Api.Response requests = api.basic("agent", "demo").get("/api/v1/requests?limit=1");
        long derivedWorkInProgress = pendingEventPublications();
        healthUpButNoDemoData = requests.status() == 200 && !requests.json().get("items").isEmpty()
                && derivedWorkInProgress == 0 ? null
                        : requests + ", " + derivedWorkInProgress + " event publications in progress";
    }

    /** What other modules still have to derive from the demo data (customer files, inbox, escalation cases). */
    private static long pendingEventPublications() throws SQLException {
        try (Connection c = embedded().connect()) {
            return CrashDrill.unfinishedEventPublications(c);
        }
    }

    private static EmbeddedData embedded() {
        return new EmbeddedData(workingDir.resolve("data"));
    }

    @AfterAll
    static void stopNormally() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        embedded().killServerIfRunning();
        TestFiles.delete(workingDir);
    }

    @Test
    void theFirstAnswerOfTheServerAlreadyKnowsEveryDemoAccount() {
        assertThat(firstAnswerToADemoSignIn).as("hz-agent's sign-in, as soon as the port answered").isEqualTo(200);
    }

    @Test
    void healthIsUpOnlyOnceTheDemoDataExists() {
        assertThat(healthUpButNoDemoData).as("the API right after /actuator/health said UP").isNull();
    }

    @Test
    void excelImportWorksInThePackagedJar() throws IOException {
        long project = api.basic("agent", "demo").get("/api/v1/projects").json().get(0).get("id").asLong();

        Api.Response response = api.basic("agent", "demo").multipart("/api/v1/projects/" + project + "/imports",
                "units.xlsx", Spreadsheets.unitsXlsx());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("imported").asInt()).isEqualTo(2);
    }

    @Test
    void theJarServesTheWorkbenchAtTheRootAndThePortalAtM() {
        Api.Response workbench = api.anonymous().get("/");
        Api.Response route = api.anonymous().get("/requests/1");
        Api.Response portal = api.anonymous().get("/m/requests/1");

        assertThat(workbench.status()).isEqualTo(200);
        assertThat(workbench.body()).contains("<div id=\"app\"></div>", "/assets/workbench-");
        assertThat(route.body()).isEqualTo(workbench.body());
        assertThat(portal.status()).isEqualTo(200);
        // the portal's script and styles are in its page, allowed by their hashes read from the jar's copy
        assertThat(portal.body()).contains("<div id=\"app\"></div>", "<script type=\"module\">", "<style>")
                .doesNotContain("src=\"/assets/");
        assertThat(portal.header("Content-Security-Policy")).contains("script-src 'self' 'sha256-")
                .doesNotContain("unsafe");
        Matcher script = Pattern.compile("src=\"(/assets/workbench-[^\"]+\\.js)\"").matcher(workbench.body());
        assertThat(script.find()).as(workbench.body()).isTrue();
        assertThat(api.anonymous().get(script.group(1)).status()).isEqualTo(200);
    }

    @Test
    void firstStartKeepsItsDatabaseUnderDataForItsOwnerOnly() throws IOException {
        Path data = workingDir.resolve("data");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("postgresql"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("postgresql.password"))))
                .isEqualTo("rw-------");
        List<String> postmaster = Files.readAllLines(data.resolve("postgresql/postmaster.pid"));
        assertThat(postmaster.get(5).trim()).as("listen address").isEqualTo("127.0.0.1");
    }

    /**
     * Last, as it ends this jar's first life: clients register without pause while the jar and its embedded
     * PostgreSQL are killed (SIGKILL of both, as when the machine loses power); the jar started again in the same
     * folder finds its data, every answered request with its number, gives out new numbers and finishes the work
     * the crash interrupted; a normal stop then stops its database server too.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aRequestAnsweredWithANumberSurvivesKillMinus9OfTheJarAndItsDatabase() throws Exception {
        CrashDrill drill = new CrashDrill();
        drill.registerUntilKilled(port, () -> {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            embedded().killServer();
        });

        process = startTheJar("packaged-jar-after-kill.log");
        awaitHealthUp();
        drill.assertNothingLost(port, () -> embedded().connect());

        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped normally").isTrue();
        assertThat(embedded().cluster().resolve("postmaster.pid")).as("stopped with the application").doesNotExist();
    }
}
