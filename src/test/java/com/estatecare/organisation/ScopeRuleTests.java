package com.estatecare.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The organisation-scope rule is written once, in {@link VisibleTo}: a query
 * that writes {@code scope_path like ...} (or matches a path by {@code like}
 * itself) instead of taking the condition from there fails this test.
 */
class ScopeRuleTests {

    /** A path column compared with like, or a like against a scope parameter. */
    private static final Pattern SCOPE_BY_HAND = Pattern.compile(
            "(?i)(path\\s+like\\b|like\\s+:scope|\\|\\|\\s*'%')");

    @Test
    void scopeConditionIsWrittenOnlyInVisibleTo() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("VisibleTo.java"))
                    .filter(f -> SCOPE_BY_HAND.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("files that write the scope rule by hand instead of using VisibleTo").isEmpty();
    }

    @Test
    void theRuleItselfIsFoundByThePattern() {
        assertThat(SCOPE_BY_HAND.matcher("where r.scope_path like :scope").find()).isTrue();
        assertThat(SCOPE_BY_HAND.matcher("or :exact like scope_path || '%'").find()).isTrue();
        assertThat(SCOPE_BY_HAND.matcher(VisibleTo.branch("/1/", "r.scope_path").sql()).find()).isTrue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
