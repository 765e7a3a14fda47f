package com.estatecare.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;
import com.estatecare.support.SignInTraces;
import com.estatecare.support.StaffBrowser;
import com.estatecare.support.Totp;

import tools.jackson.databind.JsonNode;

/**
 * Staff sign-in's second factor over HTTP (issue 13, item 9): enrolment with a first code, sign-in by password and
 * code where a session half-way reaches nothing, no code twice, wrong codes throttled like passwords, HTTP Basic
 * refused once the factor is on, hostile codes refused as problems, and sessions listed and revoked by their
 * person or an administrator of their branch — never across companies.
 */
@EstateCareTest
class SecondFactorTests {

    private static final String PASSWORD = "Lantern-Orchid-57";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    MutableClock clock;

    @RegisterExtension
    final SignInTraces traces = SignInTraces.forgetting("login_throttle");

    @Test
    void personEnrolsAndThenSignsInWithPasswordAndCodeWhileHalfWayReachesNothing() {
        String username = created("SH", "AGENT");
        Browser first = new Browser();
        assertThat(first.signIn(username).status()).as("no factor yet: signed in by password").isEqualTo(204);
        assertThat(first.get("/api/v1/me/second-factor").json().get("enabled").asBoolean()).isFalse();
        JsonNode enrolment = first.post("/api/v1/me/second-factor/enrolment", "{}").json();
        String secret = enrolment.get("secret").asString();
        assertThat(enrolment.get("uri").asString()).startsWith("otpauth://totp/EstateCare:" + username + "?secret="
                + secret);
        Api.Response wrong = first.post("/api/v1/me/second-factor/confirmation", code(otherCode(secret)));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        String enrolCode = Totp.code(secret, clock.instant());
        JsonNode recovery = first.post("/api/v1/me/second-factor/confirmation", code(enrolCode)).json()
                .get("recoveryCodes");
        assertThat(recovery.size()).isEqualTo(10);
        assertThat(api.basic(username, PASSWORD).english().get("/api/v1/me").json().get("type").asString())
                .as("HTTP Basic would skip the factor").isEqualTo("urn:estatecare:problem:second-factor-basic");

        Browser second = new Browser();
        Api.Response password = second.signIn(username);
        assertThat(password.status()).isEqualTo(200);
        assertThat(password.json().get("secondFactor").asString()).isEqualTo("CODE");
        for (String path : List.of("/api/v1/requests?limit=1", "/api/v1/me", "/api/v1/me/sessions",
                "/api/v1/me/second-factor")) {
            assertThat(second.get(path).status()).as("half-way: " + path).isEqualTo(401);
        }
        assertThat(second.post("/api/v1/me/tokens", "{\"name\":\"half-way\"}").status()).isEqualTo(401);
        Api.Response replayed = second.post("/api/v1/session/second-factor", code(enrolCode));
        assertThat(replayed.status()).as("the enrolment's code, used once already").isEqualTo(401);
        assertThat(replayed.json().get("type").asString()).isEqualTo("urn:estatecare:problem:second-factor-code-invalid");
        clock.advance(Duration.ofSeconds(30));
        Api.Response signedIn = second.post("/api/v1/session/second-factor", code(Totp.code(secret, clock.instant())));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(204);
        assertThat(second.get("/api/v1/requests?limit=1").status()).isEqualTo(200);

        JsonNode sessions = second.get("/api/v1/me/sessions").json();
        assertThat(sessions.size()).isEqualTo(2);
        assertThat(sessions.get(0).get("current").asBoolean()).isTrue();
        assertThat(sessions.get(0).get("method").asString()).isEqualTo("password+totp");
        assertThat(sessions.get(1).get("current").asBoolean()).isFalse();

        Browser third = new Browser();
        third.signIn(username);
        assertThat(third.post("/api/v1/session/second-factor", "{\"recoveryCode\":\"" + recovery.get(0).asString()
                + "\"}").status()).as("a recovery code instead of the app").isEqualTo(204);
        Browser fourth = new Browser();
        fourth.signIn(username);
        assertThat(fourth.post("/api/v1/session/second-factor", "{\"recoveryCode\":\"" + recovery.get(0).asString()
                + "\"}").status()).as("a recovery code works once").isEqualTo(401);
    }

    @Test
    void wrongCodesAreThrottledLikePasswordsAndAudited() {
        String username = created("SH", "AGENT");
        String secret = enrolled(username);
        Browser browser = new Browser();
        browser.signIn(username);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/api/v1/session/second-factor", code(otherCode(secret))).status()).isEqualTo(401);
        }
        Api.Response locked = browser.post("/api/v1/session/second-factor", code(Totp.code(secret,
                clock.instant().plusSeconds(30))));
        assertThat(locked.status()).as(locked.body()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotBlank();
        JsonNode failures = audit("action=SIGN_IN_FAILED&person=" + username);
        assertThat(failures.valueStream().filter(e -> e.toString().contains("totp")).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void hostileCodesAreRefusedAsProblemsNamingTheFieldAndChangeNothing() {
        String username = created("SH", "AGENT");
        String secret = enrolled(username);
        Browser browser = new Browser();
        browser.signIn(username);
        Api.Response huge = browser.post("/api/v1/session/second-factor", code("7".repeat(500)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(huge.json().get("errors").get(0).get("reason").asString()).isEqualTo("应为身份验证器应用显示的 6 位数字");
        Api.Response letters = browser.english("/api/v1/session/second-factor", code("abcdef"));
        assertThat(letters.status()).isEqualTo(400);
        assertThat(letters.json().get("errors").get(0).get("reason").asString())
                .isEqualTo("must be the six digits your authenticator app shows");
        assertThat(browser.post("/api/v1/session/second-factor", code("")).status()).isEqualTo(400);
        assertThat(browser.post("/api/v1/session/second-factor", "{}").status()).isEqualTo(400);
        assertThat(browser.post("/api/v1/session/second-factor", "{\"recoveryCode\":\"" + "x".repeat(500) + "\"}")
                .json().get("errors").get(0).get("field").asString()).isEqualTo("recoveryCode");
        assertThat(browser.post("/api/v1/session/second-factor", "[]").status()).isEqualTo(400);
        Api.Response signedIn = browser.post("/api/v1/session/second-factor",
                code(Totp.code(secret, clock.instant().plusSeconds(30))));
        assertThat(signedIn.status()).as("nothing was counted or used: " + signedIn.body()).isEqualTo(204);
        assertThat(browser.post("/api/v1/me/second-factor/removal", code("x".repeat(500))).status()).isEqualTo(400);
        assertThat(browser.get("/api/v1/me/second-factor").json().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void sessionsAreRevokedByTheirPersonOrTheirAdministratorNeverAcrossCompanies() {
        String username = created("HZ", "AGENT");
        String other = created("HZ", "AGENT");
        Browser mine = new Browser();
        mine.signIn(username);
        Browser theirs = new Browser();
        theirs.signIn(other);
        long theirSession = theirs.get("/api/v1/me/sessions").json().get(0).get("id").asLong();
        assertThat(mine.delete("/api/v1/me/sessions/" + theirSession).status()).as("another person's").isEqualTo(404);
        assertThat(theirs.get("/api/v1/me").status()).isEqualTo(200);

        long otherId = accountId(other);
        String shanghaiAdmin = created("SH", "ADMIN");
        Api.Caller shAdmin = api.basic(shanghaiAdmin, PASSWORD);
        assertThat(shAdmin.get("/api/v1/accounts/" + otherId + "/sessions").status()).as("other company").isEqualTo(404);
        assertThat(shAdmin.delete("/api/v1/accounts/" + otherId + "/sessions/" + theirSession).status()).isEqualTo(404);
        assertThat(shAdmin.delete("/api/v1/accounts/" + otherId + "/second-factor").status()).isEqualTo(404);
        assertThat(theirs.get("/api/v1/me").status()).isEqualTo(200);

        Api.Caller hzAdmin = api.basic(created("HZ", "ADMIN"), PASSWORD);
        JsonNode listed = hzAdmin.get("/api/v1/accounts/" + otherId + "/sessions").json();
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(theirSession);
        assertThat(hzAdmin.delete("/api/v1/accounts/" + otherId + "/sessions/" + theirSession).status()).isEqualTo(204);
        assertThat(theirs.get("/api/v1/me").status()).as("revoked by the administrator").isEqualTo(401);
        assertThat(hzAdmin.get("/api/v1/accounts/" + otherId + "/sessions").json().size()).isZero();

        long mySession = mine.get("/api/v1/me/sessions").json().get(0).get("id").asLong();
        assertThat(mine.delete("/api/v1/me/sessions/" + mySession).status()).isEqualTo(204);
        assertThat(mine.get("/api/v1/me").status()).as("revoked by its person").isEqualTo(401);
        assertThat(audit("action=ACCOUNT_CHANGED&recordType=ACCOUNT&recordId=" + otherId).toString())
                .contains("SESSION_REVOKED");
    }

    @Test
    void administratorResetsALostFactorInTheirBranchAndThePersonEnrolsAgain() {
        String username = created("HZ", "AGENT");
        enrolled(username);
        Api.Caller hzAdmin = api.basic(created("HZ", "ADMIN"), PASSWORD);
        assertThat(hzAdmin.delete("/api/v1/accounts/" + accountId(username) + "/second-factor").status()).isEqualTo(204);
        assertThat(hzAdmin.delete("/api/v1/accounts/" + accountId(username) + "/second-factor").status()).isEqualTo(404);
        assertThat(new Browser().signIn(username).status()).as("password alone again").isEqualTo(204);
        JsonNode reset = audit("action=ACCOUNT_CHANGED&recordType=ACCOUNT&recordId=" + accountId(username));
        assertThat(reset.toString()).contains("SECOND_FACTOR");
    }

    @Test
    void anAdministratorListsAndRevokesAPersonsTokensWhileNonAdministratorsAndOtherCompaniesCannot() {
        String person = created("HZ", "AGENT");
        long personId = accountId(person);
        Api.Response made = api.basic(person, PASSWORD).post("/api/v1/me/tokens", Map.of("name", "呼叫中心集成"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long tokenId = made.json().get("id").asLong();
        String value = made.json().get("token").asString();
        Browser session = new Browser();
        session.signIn(person);
        long sessionId = session.get("/api/v1/me/sessions").json().get(0).get("id").asLong();

        Api.Caller manager = api.basic(created("HZ", "MANAGER"), PASSWORD);
        for (String path : List.of("/sessions", "/tokens")) {
            assertThat(manager.get("/api/v1/accounts/" + personId + path).status()).as("not an administrator")
                    .isEqualTo(403);
        }
        assertThat(manager.delete("/api/v1/accounts/" + personId + "/sessions/" + sessionId).status()).isEqualTo(403);
        assertThat(manager.delete("/api/v1/accounts/" + personId + "/tokens/" + tokenId).status()).isEqualTo(403);
        Api.Caller shAdmin = api.basic(created("SH", "ADMIN"), PASSWORD);
        assertThat(shAdmin.get("/api/v1/accounts/" + personId + "/tokens").status()).as("other company")
                .isEqualTo(404);
        assertThat(shAdmin.delete("/api/v1/accounts/" + personId + "/tokens/" + tokenId).status()).isEqualTo(404);
        assertThat(new Api.Caller(api, "Bearer " + value, Map.of()).get("/api/v1/me").status()).as("the token still works").isEqualTo(200);

        Api.Caller hzAdmin = api.basic(created("HZ", "ADMIN"), PASSWORD);
        JsonNode tokens = hzAdmin.get("/api/v1/accounts/" + personId + "/tokens").json().get("items");
        assertThat(tokens.valueStream().map(t -> t.get("id").asLong())).containsExactly(tokenId);
        assertThat(tokens.toString()).doesNotContain(value);
        for (String bad : List.of("abc", "-1", "99999999999999999999")) {
            Api.Response refused = hzAdmin.delete("/api/v1/accounts/" + personId + "/tokens/" + bad);
            assertThat(refused.status()).as(bad).isIn(400, 404);
            assertThat(refused.json().has("title")).as(bad).isTrue();
        }
        assertThat(hzAdmin.get("/api/v1/accounts/" + personId + "/tokens?limit=100000").status()).isEqualTo(400);
        assertThat(hzAdmin.delete("/api/v1/accounts/" + personId + "/tokens/" + tokenId).status()).isEqualTo(204);
        assertThat(new Api.Caller(api, "Bearer " + value, Map.of()).get("/api/v1/me").status()).as("revoked by the administrator").isEqualTo(401);
        assertThat(hzAdmin.delete("/api/v1/accounts/" + personId + "/tokens/" + tokenId).status())
                .as("revoked once").isEqualTo(404);
        assertThat(session.get("/api/v1/me").status()).as("the session is another thing").isEqualTo(200);
        assertThat(audit("action=ACCESS_TOKEN_CHANGED&recordType=ACCESS_TOKEN&recordId=" + tokenId).toString())
                .contains("REVOKED");
    }

    /** Enrols {@code username}'s authenticator app through a session of their own; returns the secret. */
    private String enrolled(String username) {
        Browser browser = new Browser();
        assertThat(browser.signIn(username).status()).isEqualTo(204);
        String secret = browser.post("/api/v1/me/second-factor/enrolment", "{}").json().get("secret").asString();
        Api.Response confirmed = browser.post("/api/v1/me/second-factor/confirmation",
                code(Totp.code(secret, clock.instant())));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return secret;
    }

    /** The group administrator's search of the audit log, over the test clock's day in Shanghai. */
    private JsonNode audit(String query) {
        String day = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).toString();
        Api.Response found = api.as("admin").get("/api/v1/audit-log?from=" + day + "&to=" + day + "&" + query);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().get("items");
    }

    /** A code the app shows at no moment near now. */
    private String otherCode(String secret) {
        String now = Totp.code(secret, clock.instant());
        for (int minutes = 5; ; minutes++) {
            String other = Totp.code(secret, clock.instant().plus(Duration.ofMinutes(minutes)));
            if (!other.equals(now) && !other.equals(Totp.code(secret, clock.instant().plusSeconds(30)))
                    && !other.equals(Totp.code(secret, clock.instant().minusSeconds(30)))) {
                return other;
            }
        }
    }

    private static String code(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    private String created(String node, String role) {
        String username = "tf-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long nodeId = api.as("admin").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals(node)).findFirst().orElseThrow().get("id").asLong();
        Api.Response response = api.as("admin").post("/api/v1/accounts", Map.of("username", username, "password",
                PASSWORD, "displayName", "测试 " + username, "orgNodeId", nodeId, "roles", List.of(role)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return username;
    }

    private long accountId(String username) {
        return api.as("admin").get("/api/v1/accounts?limit=200").json().get("items").valueStream()
                .filter(r -> r.get("username").asString().equals(username)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private final class Browser {
        private final StaffBrowser browser = new StaffBrowser(api);

        Api.Response signIn(String username) {
            return browser.signIn(username, PASSWORD);
        }

        Api.Response get(String path) {
            return browser.get(path);
        }

        Api.Response post(String path, String json) {
            return browser.post(path, json);
        }

        Api.Response english(String path, String json) {
            return browser.english(path, json);
        }

        Api.Response delete(String path) {
            return browser.delete(path);
        }
    }
}
