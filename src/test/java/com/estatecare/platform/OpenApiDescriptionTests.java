package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description an integrator or a client generator reads. It is
 * written to {@code target/openapi.json}, where the build's verify phase
 * checks it with Redocly CLI's recommended rules (tools/openapi-lint).
 */
@EstateCareTest
class OpenApiDescriptionTests {

    private static final List<String> COMMON_PROBLEMS = List.of("400", "401", "403", "404", "409");

    @Autowired
    Api api;

    @Test
    void apiDescriptionDeclaresItsAuthenticationSummariesAndProblems() throws IOException {
        var response = api.as("admin").get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), response.body());
        JsonNode doc = response.json();

        assertThat(doc.get("info").get("title").asString()).isEqualTo("EstateCare API");
        assertThat(doc.get("info").get("version").asString()).isEqualTo("v1");
        assertThat(doc.get("info").get("description").asString()).isNotBlank();
        assertThat(doc.get("info").get("license").get("name").asString()).isEqualTo("Apache-2.0");
        assertThat(doc.get("components").get("securitySchemes").propertyNames())
                .contains("basicAuth", "bearerAuth", "sessionCookie", "csrfHeader");
        assertThat(doc.get("security")).hasSize(3);

        Set<String> operationIds = new HashSet<>();
        List<String> faults = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = method.getValue();
            if (!operation.hasNonNull("summary") || operation.get("summary").asString().isBlank()) {
                faults.add(where + ": no summary");
            }
            if (!operationIds.add(operation.get("operationId").asString())) {
                faults.add(where + ": operationId " + operation.get("operationId").asString() + " used twice");
            }
            for (String status : COMMON_PROBLEMS) {
                JsonNode answer = operation.get("responses").get(status);
                if (answer == null || !answer.get("content").has("application/problem+json")) {
                    faults.add(where + ": no " + status + " problem");
                }
            }
        }));
        assertThat(faults).isEmpty();
        assertThat(operationIds).hasSizeGreaterThan(40);
    }

    /**
     * The web apps' API client is generated at build time from the snapshot
     * {@code frontend/openapi.json} (docs/web.md): it must be the description the
     * application serves, or the client would compile against an API that is not there.
     */
    @Test
    void frontEndsSnapshotOfTheDescriptionIsTheLiveOne() throws IOException {
        var response = api.as("admin").get("/v3/api-docs");
        JsonNode live = response.json();
        JsonNode snapshot = Api.parse(Files.readString(Path.of("frontend", "openapi.json")));

        assertThat(snapshot.equals(live))
                .as("frontend/openapi.json differs from the live /v3/api-docs: refresh it with"
                        + " `./mvnw test -Dtest=OpenApiDescriptionTests -Dfrontend.skip; cp target/openapi.json"
                        + " frontend/openapi.json` and rebuild the front end (see docs/web.md)")
                .isTrue();
    }
}
