package com.estatecare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.CookieJar;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.SignInTraces;

/**
 * One authentication per request, the browser's CSRF flow, and the defence
 * against password guessing (issue 7, items 11 and 12).
 */
@EstateCareTest
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationDefenceTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    /** Other test classes share this application and sign in from the same address. */
    @RegisterExtension
    final SignInTraces traces = SignInTraces.forgetting("login_throttle");

    @Test
    void revokedTokenStopsWorkingAtOnceThoughItsAccountIsKeptInMemory() {
        var issued = api.basic("agent", "demo").post("/api/v1/me/tokens", Map.of("name", "revoked soon")).json();
        var caller = new Api.Caller(api, "Bearer " + issued.get("token").asString(), Map.of());
        assertThat(caller.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(caller.get("/api/v1/me").status()).isEqualTo(200);

        var revoked = caller.send(caller.builder("/api/v1/me/tokens/" + issued.get("id").asLong()).DELETE());

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(caller.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void expiredTokenStopsWorkingThoughItsAccountIsKeptInMemory() {
        var issued = api.basic("agent", "demo").post("/api/v1/me/tokens", Map.of("name", "one day", "validDays", 1))
                .json();
        var caller = new Api.Caller(api, "Bearer " + issued.get("token").asString(), Map.of());
        assertThat(caller.get("/api/v1/me").status()).isEqualTo(200);

        clock.set(traces.started().plus(Duration.ofDays(1)).plusSeconds(1));

        assertThat(caller.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void callerWithAnAuthorizationHeaderGetsNoXsrfCookie() {
        var issued = api.basic("agent", "demo").post("/api/v1/me/tokens", Map.of("name", "no cookie")).json();
        var caller = new Api.Caller(api, "Bearer " + issued.get("token").asString(), Map.of());
        Api.Response answer = caller.get("/api/v1/me");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Set-Cookie")).as("an API client needs no CSRF token: none is made for it").isNull();
        assertThat(api.basic("agent", "demo").get("/api/v1/me").header("Set-Cookie")).isNull();
    }

    @Test
    void browserThatEchoesTheXsrfCookieInTheHeaderCanSignInAndWrite() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        Browser browser = new Browser(api);
        browser.get("/actuator/health");
        assertThat(browser.cookies.xsrf()).as("any answer hands out the XSRF-TOKEN cookie").isNotNull();

        Api.Response signIn = browser.signIn("agent", "demo", true);
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(204);
        assertThat(browser.cookies.session()).isNotNull();

        assertThat(browser.post("/api/v1/requests/" + id + "/actions/note", "{\"note\":\"from the web\"}", true)
                .status()).isEqualTo(200);
        Api.Response forged = browser.post("/api/v1/requests/" + id + "/actions/note", "{\"note\":\"forged\"}", false);
        assertThat(forged.status()).as("a write without the echoed token is a cross-site forgery").isEqualTo(403);
    }

    @Test
    void requestWithAnAuthorizationHeaderIsAuthenticatedByItAloneNeverByTheSession() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        Browser browser = new Browser(api);
        browser.get("/actuator/health");
        assertThat(browser.signIn("agent", "demo", true).status()).isEqualTo(204);
        String note = "/api/v1/requests/" + id + "/actions/note";

        for (String junk : List.of("Junk x", "Bearer ect_not-a-token", "Basic " + base64("agent:wrong"), "Basic")) {
            Api.Response response = browser.send(browser.request(note, "{\"note\":\"x\"}", false)
                    .header("Authorization", junk));
            assertThat(response.status()).as(junk + ": " + response.body()).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        Api.Response me = browser.send(browser.request("/api/v1/me", null, false).header("Authorization", "Junk x"));
        assertThat(me.status()).isEqualTo(401);
        assertThat(api.as("agent").post(note, Map.of("note", "API client, no CSRF")).status()).isEqualTo(200);
    }

    @Test
    void accountIsLockedAfterRepeatedWrongPasswordsAndSaysWhenToRetry(CapturedOutput output) {
        createAccount("guess-target", "Correct-horse-42");
        for (int i = 0; i < 5; i++) {
            assertThat(api.basic("guess-target", "wrong-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        Api.Response locked = api.basic("guess-target", "Correct-horse-42").get("/api/v1/me");
        assertThat(locked.status()).as(locked.body()).isEqualTo(429);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(locked.header("Retry-After")).isEqualTo("900");
        assertThat(locked.json().get("type").asString()).isEqualTo("urn:estatecare:problem:too-many-sign-in-failures");
        assertThat(locked.json().get("retryAfterSeconds").asLong()).isEqualTo(900);

        assertThat(output.getOut()).contains("Failed sign-in: user 'guess-target' from 127.0.0.1")
                .doesNotContain("wrong-3");

        clock.advance(Duration.ofMinutes(15));
        assertThat(api.basic("guess-target", "Correct-horse-42").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void clientAddressIsLockedAfterGuessingAcrossManyAccounts() {
        for (int i = 0; i < 20; i++) {
            assertThat(api.basic("nobody-" + i, "guess").get("/api/v1/me").status()).isEqualTo(401);
        }
        Api.Response locked = api.basic("agent", "demo").get("/api/v1/me");
        assertThat(locked.status()).as(locked.body()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotBlank();
    }

    @Test
    void weakPasswordsAreRefusedForNewAccounts() {
        for (String weak : List.of("12345678", "1234567890", "password123", "short-1", "aaaaaaaaaaaa",
                "weak-user-2026")) {
            Api.Response refused = api.as("admin").post("/api/v1/accounts", account("weak-user", weak));
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        }
        assertThat(api.as("admin").post("/api/v1/accounts", account("weak-user", "Lantern-Orchid-57")).status())
                .isEqualTo(201);
    }

    @Test
    void userNamesAreUniqueRegardlessOfCaseAndSignInIgnoresCase() {
        createAccount("Case-User", "Correct-horse-42");
        Api.Response twin = api.as("admin").post("/api/v1/accounts", account("case-USER", "Correct-horse-42"));
        assertThat(twin.status()).as(twin.body()).isEqualTo(400);
        assertThat(twin.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
        assertThat(api.as("admin").post("/api/v1/accounts", account("ADMIN", "Correct-horse-42")).status())
                .isEqualTo(400);

        Api.Response me = api.basic("CASE-user", "Correct-horse-42").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("Case-User");
        assertThatUniqueIndexHoldsInTheDatabase();
    }

    private void assertThatUniqueIndexHoldsInTheDatabase() {
        Long count = jdbc.sql("select count(*) from pg_indexes where indexname = 'account_username_lower_unique'")
                .query(Long.class).single();
        assertThat(count).isEqualTo(1);
    }

    private void createAccount(String username, String password) {
        Api.Response created = api.as("admin").post("/api/v1/accounts", account(username, password));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private Map<String, Object> account(String username, String password) {
        long company = api.as("agent").get("/api/v1/me").json().get("orgNodeId").asLong();
        return Map.of("username", username, "password", password, "displayName", "测试账号", "orgNodeId", company,
                "roles", List.of("AGENT"));
    }

    private static String base64(String value) {
        return java.util.Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A browser: keeps the session and XSRF-TOKEN cookies, and echoes the token when its script would. */
    static final class Browser {
        private final Api.Caller http;
        /** Keeps a cookie at its last value when an answer empties it. */
        private final CookieJar cookies = new CookieJar(false);

        Browser(Api api) {
            this.http = api.anonymous();
        }

        Api.Response get(String path) {
            return send(request(path, null, false));
        }

        Api.Response signIn(String username, String password, boolean echoToken) {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpRequest.Builder builder = http.builder("/api/v1/session")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            return send(withCookies(builder, echoToken));
        }

        Api.Response post(String path, String json, boolean echoToken) {
            return send(request(path, json, echoToken));
        }

        HttpRequest.Builder request(String path, String json, boolean echoToken) {
            HttpRequest.Builder builder = http.builder(path);
            if (json != null) {
                builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            }
            return withCookies(builder, echoToken);
        }

        private HttpRequest.Builder withCookies(HttpRequest.Builder builder, boolean echoToken) {
            return cookies.addTo(builder, echoToken);
        }

        Api.Response send(HttpRequest.Builder builder) {
            return cookies.send(http, builder);
        }
    }
}
