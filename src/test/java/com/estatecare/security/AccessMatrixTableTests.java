package com.estatecare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How the access matrix of docs/security.md is read: a row is exact, or the build says which row is wrong. */
class AccessMatrixTableTests {

    private static final String HEADER = "| Operation | Resource | Action | Placed on | AGENT | OWNER |";

    @Test
    void aRowPlacedOnARecordHasThreeOutcomesPerRoleAndAnUnplacedRowOne() {
        AccessMatrix matrix = AccessMatrix.parse(List.of("# Security", AccessMatrix.HEADING + " (权限矩阵)", "", HEADER,
                "|---|---|---|---|---|---|",
                "| `GET /api/v1/requests/{id}` | Requests | read | request | ✓ ✓ 404 | ✓ 404 404 |",
                "| `GET /api/v1/me` | Organisation | list | — | ✓ | ✓ |", "## Next", "| `GET /x` | a | b | — | ✓ | ✓ |"));

        assertThat(matrix.roles()).containsExactly("AGENT", "OWNER");
        assertThat(matrix.rows()).containsOnlyKeys("GET /api/v1/requests/{id}", "GET /api/v1/me");
        assertThat(matrix.rows().get("GET /api/v1/requests/{id}").cells().get("OWNER"))
                .containsExactly("✓", "404", "404");
        assertThat(matrix.rows().get("GET /api/v1/me").isPlaced()).isFalse();
    }

    @Test
    void aWrongRowIsNamedWithWhatIsWrong() {
        assertThatThrownBy(() -> parse("| `GET /a` | A | read | request | ✓ | ✓ |"))
                .hasMessageContaining("GET /a, AGENT: expected 3");
        assertThatThrownBy(() -> parse("| `GET /a` | A | read | — | maybe | ✓ |")).hasMessageContaining("maybe");
        assertThatThrownBy(() -> parse("| `GET /a` | A | read | building | ✓ | ✓ |"))
                .hasMessageContaining("placed on one of");
        assertThatThrownBy(() -> parse("| `GET /a` | A | read | — | ✓ |")).hasMessageContaining("expected 6 cells");
        assertThatThrownBy(() -> AccessMatrix.parse(List.of(AccessMatrix.HEADING, HEADER,
                "| `GET /a` | A | read | — | ✓ | ✓ |", "| `GET /a` | A | read | — | ✓ | ✓ |")))
                .hasMessageContaining("two rows for GET /a");
    }

    @Test
    void theDocumentsMatrixReads() throws IOException {
        AccessMatrix matrix = AccessMatrix.read();

        assertThat(matrix.roles()).containsExactly("AGENT", "MANAGER", "HANDLER", "ENGINEER", "CONSULTANT",
                "PROJECT_COMPANY", "HQ", "ADMIN", "AUDITOR", "OWNER");
        assertThat(matrix.roles()).containsExactlyElementsOf(AccessMatrixTests.LOGINS.keySet());
        assertThat(matrix.rows()).hasSizeGreaterThan(150);
    }

    private static AccessMatrix parse(String row) {
        return AccessMatrix.parse(List.of(AccessMatrix.HEADING, HEADER, row));
    }
}
