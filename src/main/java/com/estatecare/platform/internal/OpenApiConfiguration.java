package com.estatecare.platform.internal;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI description that integrators and client generators read: what
 * the API is, its licence, how a caller authenticates (HTTP Basic, a personal
 * access token, or a browser session with its CSRF header), and the problem
 * responses (RFC 9457) every operation may give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM_SCHEMA = "ProblemDetail";

    /** The errors any operation may answer, each an {@code application/problem+json} problem. */
    private static final Map<String, String> COMMON_PROBLEMS = Map.of(
            "400", "Bad input: the problem's errors name each field and the reason",
            "401", "Not signed in, or the credentials are not valid",
            "403", "The caller's role may not do this",
            "404", "Not found, or outside the caller's scope",
            "409", "Conflicts with the current state or with existing data");

    @Bean
    OpenAPI estateCareOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("EstateCare API")
                        .version("v1")
                        .description("""
                                Customer service for real-estate developers and their property companies: \
                                the organisation and its staff, the registry of projects, buildings, units and \
                                customers, and the life of each repair, complaint and enquiry (工单) with its \
                                timeline, time limits, grading, escalation and fines. Errors are RFC 9457 \
                                problems (application/problem+json), titled in Simplified Chinese or, with \
                                Accept-Language: en, in English.""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(List.of(new Server().url("/").description("The server that serves this description")))
                .components(new Components()
                        .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("User name and password"))
                        .addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("personal access token")
                                .description("A personal access token from POST /api/v1/me/tokens"))
                        .addSecuritySchemes("sessionCookie", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The browser session from signing in at POST /api/v1/session"))
                        .addSecuritySchemes("csrfHeader", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-XSRF-TOKEN")
                                .description("With a session: the value of the XSRF-TOKEN cookie, echoed on writes"))
                        .addSchemas(PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"))
                .addSecurityItem(new SecurityRequirement().addList("bearerAuth"))
                .addSecurityItem(new SecurityRequirement().addList("sessionCookie").addList("csrfHeader"));
    }

    /** Adds the common problem responses to every operation that does not describe them itself. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handlerMethod) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            COMMON_PROBLEMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (!responses.containsKey(e.getKey())) {
                    responses.addApiResponse(e.getKey(), new ApiResponse().description(e.getValue())
                            .content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    new io.swagger.v3.oas.models.media.MediaType().schema(
                                            new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
                }
            });
            operation.setResponses(responses);
            return operation;
        };
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.addProperty("field", new StringSchema().description("The field, parameter or part at fault"));
        fieldProblem.addProperty("reason", new StringSchema().description("Why, in the caller's language"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem; further properties may carry facts of the particular problem");
        problem.addProperty("type", new StringSchema().format("uri")
                .description("Stable identifier of the kind of problem, urn:estatecare:problem:<code>"));
        problem.addProperty("title", new StringSchema().description("Short summary in the caller's language"));
        problem.addProperty("status", new IntegerSchema().description("The HTTP status code"));
        problem.addProperty("detail", new StringSchema().description("Explanation in the caller's language"));
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem)
                .description("The offending fields, for bad input"));
        problem.required(List.of("type", "title", "status"));
        return problem;
    }
}
