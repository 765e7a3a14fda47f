package com.estatecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.estatecare.security.LogLeaks;

/**
 * No full phone or ID number in any log line of the whole test run (PIPL; docs/security.md, "Masking"). Runs in
 * {@code verify} after every Surefire test and after {@link PackagedJarIT} (Failsafe runs alphabetically) and reads
 * what they logged: each test JVM's file under {@code target/test-logs/} (src/test/resources/logback-test.xml), and
 * the output of the applications the tests started as processes ({@code target/packaged-jar*.log},
 * {@code target/crash-durability-*.log}). A failure lists file:line and the number masked; the fix is masking at
 * the logging call.
 */
class PersonalDataInLogsIT {

    /**
     * The whole run logs more (the two Surefire JVMs had logged 1,367 lines after 45 of the 221 test classes, on a
     * loaded machine); fewer means the logs were not captured, or not of a whole run.
     */
    private static final long AT_LEAST_LINES = 2_000;
    /** Spring Boot's line when an application has started: every test JVM starts at least the shared one. */
    private static final Pattern STARTED = Pattern.compile("Started \\w+ in [\\d.]+ seconds");

    @Test
    void noLogLineOfTheTestRunHoldsAFullPhoneOrIdNumber() throws IOException {
        Path target = Path.of("target");
        List<Path> testJvms = files(target.resolve("test-logs"), "surefire-.*\\.log");
        assertThat(testJvms).as("the Surefire JVMs' logs in target/test-logs (run ./mvnw verify)").isNotEmpty();
        for (Path log : testJvms) {
            assertThat(LogLeaks.holds(log, STARTED)).as("%s holds an application's start", log).isTrue();
        }
        List<Path> others = Stream.of(files(target.resolve("test-logs"), "(failsafe|other-jvms).*\\.log"),
                files(target, "(packaged-jar|crash-durability-).*\\.log")).flatMap(List::stream).toList();

        LogLeaks.Scan tests = LogLeaks.scan(testJvms);
        LogLeaks.Scan processes = LogLeaks.scan(others);

        assertThat(tests.lines()).as("lines the Surefire JVMs logged").isGreaterThanOrEqualTo(AT_LEAST_LINES);
        assertThat(Stream.concat(tests.leaks().stream(), processes.leaks().stream()).toList())
                .as("full phone or ID numbers in %d lines of %s and %d lines of %s", tests.lines(), testJvms,
                        processes.lines(), others)
                .isEmpty();
    }

    private static List<Path> files(Path dir, String name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(name)).sorted().collect(Collectors.toList());
        }
    }
}
