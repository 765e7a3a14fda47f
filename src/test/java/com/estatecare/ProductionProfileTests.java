package com.estatecare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.estatecare.support.Api;
import com.estatecare.support.TestDatabase;

/** Production: no demo data; the first administrator comes from the environment. */
@TestDatabase
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "estatecare.bootstrap-admin.username=first-admin", "estatecare.bootstrap-admin.password=a-long-secret-2026",
        "estatecare.field-encryption.active-key=k2026", "estatecare.field-encryption.keys.k2026=7qzL6ffHrA1mn3FDVJdzWkUCbXNShqEgYL5Eaz2dyf8=",
        "estatecare.field-encryption.index-key=2Qs3bUQ3t5L2T1Ftq5J/TVzMVMHYGOnFNQwYUD3Jyb4=" })
@Import(Api.class)
class ProductionProfileTests {

    @Autowired
    Api api;

    @Test
    void productionStartsEmptyWithTheFirstAdministratorFromTheEnvironment() {
        var me = api.basic("first-admin", "a-long-secret-2026").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("ADMIN");
        assertThat(api.basic("first-admin", "a-long-secret-2026").get("/api/v1/units").json().get("items").size()).isZero();
        assertThat(api.basic("agent", "demo").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void apiDescriptionAndSwaggerUiAreOffInProduction() {
        assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(404);
        assertThat(api.basic("first-admin", "a-long-secret-2026").get("/v3/api-docs").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void noDevelopmentOutboxAndNoSignInCodesWithoutARealChannel() {
        var admin = api.basic("first-admin", "a-long-secret-2026");
        assertThat(admin.get("/api/v1/dev/outbox").status()).isEqualTo(404);

        var code = admin.post("/api/v1/portal/codes", java.util.Map.of("phone", "13800138000"));
        assertThat(code.status()).as(code.body()).isEqualTo(503);
        assertThat(code.json().get("type").asString()).isEqualTo("urn:estatecare:problem:code-sign-in-unavailable");
        var signIn = admin.post("/api/v1/portal/session", java.util.Map.of("phone", "13800138000", "code", "123456"));
        assertThat(signIn.status()).isEqualTo(401);
    }
}
