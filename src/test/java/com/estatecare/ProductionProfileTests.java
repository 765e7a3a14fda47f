package com.estatecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.estatecare.support.Api;
import com.estatecare.support.StaffBrowser;
import com.estatecare.support.Totp;
import com.estatecare.support.TestDatabase;

/**
 * Production: no demo data; the first administrator comes from the environment and, like every administrator and
 * HQ, enrols a second factor before reaching anything.
 */
@TestDatabase
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "estatecare.bootstrap-admin.username=first-admin", "estatecare.bootstrap-admin.password=a-long-secret-2026",
        "estatecare.field-encryption.active-key=k2026", "estatecare.field-encryption.keys.k2026=7qzL6ffHrA1mn3FDVJdzWkUCbXNShqEgYL5Eaz2dyf8=",
        "estatecare.field-encryption.index-key=2Qs3bUQ3t5L2T1Ftq5J/TVzMVMHYGOnFNQwYUD3Jyb4=" })
@Import(Api.class)
class ProductionProfileTests {

    private static final String PASSWORD = "a-long-secret-2026";
    private static String adminToken;

    @Autowired
    Api api;

    /**
     * The first administrator as an API client: signed in by password, made to enrol an authenticator app (the
     * {@code prod} profile requires a second factor of administrators and HQ), then a token issued by that session.
     */
    private synchronized Api.Caller admin() {
        if (adminToken == null) {
            StaffBrowser browser = new StaffBrowser(api);
            var password = browser.signIn("first-admin", PASSWORD);
            assertThat(password.status()).as(password.body()).isEqualTo(200);
            assertThat(password.json().get("secondFactor").asString()).isEqualTo("ENROL");
            assertThat(browser.get("/api/v1/me").status()).as("nothing before the enrolment").isEqualTo(401);
            assertThat(browser.get("/api/v1/units").status()).isEqualTo(401);
            String secret = browser.post("/api/v1/session/second-factor/enrolment", "{}").json().get("secret")
                    .asString();
            var confirmed = browser.post("/api/v1/session/second-factor/confirmation",
                    "{\"code\":\"" + Totp.code(secret, Instant.now()) + "\"}");
            assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
            assertThat(confirmed.json().get("recoveryCodes").size()).isEqualTo(10);
            var token = browser.post("/api/v1/me/tokens", "{\"name\":\"tests\"}");
            assertThat(token.status()).as(token.body()).isEqualTo(201);
            adminToken = token.json().get("token").asString();
        }
        return new Api.Caller(api, "Bearer " + adminToken, java.util.Map.of());
    }

    @Test
    void administratorsSignInWithASecondFactorAndNeverByPasswordAlone() {
        assertThat(admin().get("/api/v1/me").status()).isEqualTo(200);
        var basic = api.basic("first-admin", PASSWORD).get("/api/v1/me");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().get("type").asString()).isEqualTo("urn:estatecare:problem:second-factor-basic");
        StaffBrowser browser = new StaffBrowser(api);
        assertThat(browser.signIn("first-admin", PASSWORD).json().get("secondFactor").asString()).isEqualTo("CODE");
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(browser.get("/api/v1/me/second-factor").status()).isEqualTo(401);
    }

    @Test
    void productionStartsEmptyWithTheFirstAdministratorFromTheEnvironment() {
        var me = admin().get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("ADMIN");
        assertThat(admin().get("/api/v1/units").json().get("items").size()).isZero();
        assertThat(api.basic("agent", "demo").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void apiDescriptionAndSwaggerUiAreOffInProduction() {
        assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(404);
        assertThat(admin().get("/v3/api-docs").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void noDevelopmentOutboxAndNoSignInCodesWithoutARealChannel() {
        var admin = admin();
        assertThat(admin.get("/api/v1/dev/outbox").status()).isEqualTo(404);

        var code = admin.post("/api/v1/portal/codes", java.util.Map.of("phone", "13800138000"));
        assertThat(code.status()).as(code.body()).isEqualTo(503);
        assertThat(code.json().get("type").asString()).isEqualTo("urn:estatecare:problem:code-sign-in-unavailable");
        var signIn = admin.post("/api/v1/portal/session", java.util.Map.of("phone", "13800138000", "code", "123456"));
        assertThat(signIn.status()).isEqualTo(401);
    }
}
