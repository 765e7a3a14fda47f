package com.estatecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * SQL built with {@code """…""".formatted(…)} may hold only {@code %s}, {@code %d} and {@code %%}: a
 * {@code like '%MANAGER%'} written into such a text block is read as the format conversion {@code %M} and
 * throws at run time, in whatever listener or request first runs it. Bind the pattern as a parameter instead.
 */
class FormattedSqlTests {

    private static final Pattern FORMATTED_TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"\\s*\\.formatted\\(",
            Pattern.DOTALL);
    private static final Pattern CONVERSION = Pattern.compile("%(%|[sd]|.)", Pattern.DOTALL);

    @Test
    void formattedTextBlocksUseOnlyPlainConversions() throws IOException {
        assertThat(unknownConversions(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void aLikePatternInAFormattedTextBlockIsFound() {
        String source = """
                String sql = \"""
                        select id from account where roles like '%MANAGER%' and %s\""".formatted(condition);
                """;
        assertThat(unknownConversions("Example.java", source)).contains("Example.java: %M");
    }

    static List<String> unknownConversions(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                found.addAll(unknownConversions(root.relativize(file).toString(), Files.readString(file)));
            }
        }
        return found;
    }

    static List<String> unknownConversions(String name, String source) {
        List<String> found = new ArrayList<>();
        Matcher block = FORMATTED_TEXT_BLOCK.matcher(source);
        while (block.find()) {
            Matcher conversion = CONVERSION.matcher(block.group(1));
            while (conversion.find()) {
                if (!List.of("%", "s", "d").contains(conversion.group(1))) {
                    found.add(name + ": " + conversion.group());
                }
            }
        }
        return found;
    }
}
