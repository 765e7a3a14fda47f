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

import com.estatecare.requests.Action;
import com.estatecare.requests.NewRequest;

/**
 * The README and {@code docs/} are all that someone who clones only this
 * repository gets: they link only to files inside it, and the API overview
 * names every lifecycle step and every intake field the code accepts.
 */
class DocumentationTests {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void documentationLinksOnlyToFilesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            assertThat(text).as(page + " sends the reader outside the repository").doesNotContain("../shared");
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto:
                }
                Path resolved = page.getParent().resolve(target).normalize();
                if (!resolved.startsWith(Path.of("").toAbsolutePath()) || !Files.exists(resolved)) {
                    broken.add(page + " → " + target);
                }
            }
        }
        assertThat(broken).as("links to files that are not in the repository").isEmpty();
    }

    @Test
    void apiOverviewNamesEveryActionAndEveryIntakeField() throws IOException {
        String api = Files.readString(Path.of("docs", "api.md"));
        for (Action action : Action.values()) {
            assertThat(api.contains(action.pathName())).as("docs/api.md names the step " + action).isTrue();
        }
        for (var field : NewRequest.class.getRecordComponents()) {
            assertThat(api.contains("`" + field.getName() + "`"))
                    .as("docs/api.md names the intake field " + field.getName()).isTrue();
        }
    }

    @Test
    void documentedCommandsWorkOnAFreshMachine() throws IOException {
        for (Path page : pages()) {
            assertThat(Files.readString(page)).as(page + ": offline Maven fails on a machine without a local repository")
                    .doesNotContainPattern("mvnw[^\\n`]*\\s-o\\b");
        }
    }

    private static List<Path> pages() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }
}
