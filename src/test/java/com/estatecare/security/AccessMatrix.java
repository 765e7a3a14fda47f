package com.estatecare.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access matrix of docs/security.md (section {@value #HEADING}) read as data: one row per operation, with
 * its resource, its action, the kind of record it is placed on, and one cell per role. A cell is {@code ✓}
 * (answered), {@code 400} (past the role check, the test's empty body refused), {@code 403} (refused for the role),
 * {@code 401} (a step only someone half-way through signing in may take), {@code 404} (out of the caller's
 * scope, or a record that does not exist) or {@code open} (called before signing
 * in); a row placed on a record has three in each cell — the caller's own branch, another branch of the same
 * company, another company.
 */
record AccessMatrix(List<String> roles, Map<String, Row> rows) {

    static final String HEADING = "## The access matrix";
    static final Path DOCUMENT = Path.of("docs", "security.md");
    /** The placements a row may name: the test makes a record of each kind in each place. */
    static final List<String> PLACEMENTS = List.of("request", "customer", "unit", "project", "—");
    static final List<String> OUTCOMES = List.of("✓", "400", "401", "403", "404", "open");

    record Row(String operation, String resource, String action, String placed, Map<String, List<String>> cells) {

        boolean isPlaced() {
            return !"—".equals(placed);
        }
    }

    static AccessMatrix read() throws IOException {
        return parse(Files.readAllLines(DOCUMENT));
    }

    static AccessMatrix parse(List<String> lines) {
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(HEADING)).findFirst()
                .orElseThrow(() -> new IllegalStateException(DOCUMENT + " has no section '" + HEADING + "'")));
        List<String> roles = null;
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|--") || line.startsWith("| --")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                    .map(String::strip).toList();
            if (cells.get(0).equals("Operation")) {
                roles = cells.subList(4, cells.size());
                continue;
            }
            if (roles == null) {
                throw new IllegalStateException("the matrix's header row must come first: " + line);
            }
            Row row = row(cells, roles, line);
            if (rows.put(row.operation(), row) != null) {
                throw new IllegalStateException("two rows for " + row.operation());
            }
        }
        if (roles == null) {
            throw new IllegalStateException("no table under '" + HEADING + "'");
        }
        return new AccessMatrix(roles, rows);
    }

    private static Row row(List<String> cells, List<String> roles, String line) {
        if (cells.size() != roles.size() + 4) {
            throw new IllegalStateException("expected " + (roles.size() + 4) + " cells: " + line);
        }
        String operation = cells.get(0).replace("`", "");
        String placed = cells.get(3);
        if (!PLACEMENTS.contains(placed)) {
            throw new IllegalStateException(operation + ": placed on one of " + PLACEMENTS + ", not '" + placed + "'");
        }
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            List<String> outcomes = List.of(cells.get(i + 4).split("\\s+"));
            int expected = "—".equals(placed) ? 1 : 3;
            if (outcomes.size() != expected || !OUTCOMES.containsAll(outcomes)) {
                throw new IllegalStateException(operation + ", " + roles.get(i) + ": expected " + expected
                        + " of " + OUTCOMES + ", found '" + cells.get(i + 4) + "'");
            }
            byRole.put(roles.get(i), outcomes);
        }
        return new Row(operation, cells.get(1), cells.get(2), placed, byRole);
    }

    /** A row as the document writes it, for a new operation's proposed row and the observed table. */
    static String format(String operation, String resource, String action, String placed, List<List<String>> cells) {
        List<String> parts = new ArrayList<>(List.of("`" + operation + "`", resource, action, placed));
        cells.forEach(c -> parts.add(String.join(" ", c)));
        return "| " + String.join(" | ", parts) + " |";
    }
}
