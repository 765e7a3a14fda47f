package com.estatecare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

/** What answers without login, and the headers every answer carries (issue 7, items 18 and 19). */
@EstateCareTest
class ExposureTests {

    @Autowired
    Api api;

    @Test
    void metricsNeedAnAdministratorWhileHealthStaysPublic() {
        for (String path : List.of("/actuator/metrics", "/actuator/metrics/http.server.requests",
                "/actuator/prometheus")) {
            assertThat(api.anonymous().get(path).status()).as(path).isEqualTo(401);
            assertThat(api.as("agent").get(path).status()).as(path).isEqualTo(403);
            assertThat(api.as("admin").get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndReferrerPolicy() {
        for (Api.Response response : List.of(api.anonymous().get("/actuator/health"),
                api.as("agent").get("/api/v1/me"), api.anonymous().get("/api/v1/me"))) {
            assertThat(response.header("Content-Security-Policy")).startsWith("default-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        Api.Response swagger = api.anonymous().get("/swagger-ui/index.html");
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.header("Content-Security-Policy")).startsWith("default-src 'self'")
                .contains("style-src 'self' 'unsafe-inline'").doesNotContain("script-src");
    }

    @Test
    void sessionCookieIsNotSentWithCrossSiteRequests() {
        var signIn = new AuthenticationDefenceTests.Browser(api);
        signIn.get("/actuator/health");
        Api.Response response = signIn.signIn("agent", "demo", true);
        List<String> cookies = response.headers().getOrDefault("set-cookie", List.of());
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(cookies).filteredOn(c -> c.startsWith("XSRF-TOKEN=") && !c.startsWith("XSRF-TOKEN=;"))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"));
    }
}
