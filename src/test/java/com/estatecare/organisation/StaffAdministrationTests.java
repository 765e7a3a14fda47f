package com.estatecare.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.CookieJar;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * An administrator manages the staff of their own branch only (issue 9, item 7): roles, disabling, a new
 * password; never another company's staff, never a role above their branch (HQ), never their own account.
 */
@EstateCareTest
class StaffAdministrationTests {

    private static final String PASSWORD = "Lantern-Orchid-57";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Api api;

    @Test
    void companyAdministratorSeesAndTouchesOnlyTheirOwnCompanysStaff() {
        Api.Caller hzAdmin = hangzhouAdmin();
        List<String> names = hzAdmin.get("/api/v1/accounts?limit=200").json().get("items").valueStream()
                .map(row -> row.get("username").asString()).toList();
        assertThat(names).contains("hz-agent", "hz-manager").doesNotContain("agent", "manager", "handler");

        long shanghaiAgent = accountId("agent");
        assertThat(hzAdmin.put("/api/v1/accounts/" + shanghaiAgent + "/roles", Map.of("roles", List.of("MANAGER")))
                .status()).isEqualTo(404);
        assertThat(hzAdmin.put("/api/v1/accounts/" + shanghaiAgent + "/enabled", Map.of("enabled", false)).status())
                .isEqualTo(404);
        assertThat(hzAdmin.put("/api/v1/accounts/" + shanghaiAgent + "/password", Map.of("password", PASSWORD))
                .status()).isEqualTo(404);
        Api.Response intoShanghai = hzAdmin.post("/api/v1/accounts", account(next("sh-staff"), node("SH"), "AGENT"));
        assertThat(intoShanghai.status()).isEqualTo(422);
        assertThat(intoShanghai.json().get("errors").get(0).get("field").asString()).isEqualTo("orgNodeId");

        JsonNode agent = row("agent");
        assertThat(agent.get("roles").asString()).isEqualTo("AGENT");
        assertThat(agent.get("enabled").asBoolean()).isTrue();
        assertThat(api.basic("agent", "demo").get("/api/v1/me").status()).as("password unchanged").isEqualTo(200);
    }

    @Test
    void administratorGrantsNoRoleAboveTheirBranchAndNeverChangesThemselves() {
        Api.Caller hzAdmin = hangzhouAdmin();
        Api.Response hq = hzAdmin.english().post("/api/v1/accounts", account(next("hz-hq"), node("HZ"), "HQ"));
        assertThat(hq.status()).as(hq.body()).isEqualTo(400);
        assertThat(hq.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
        assertThat(hq.json().get("errors").get(0).get("reason").asString())
                .isEqualTo("the headquarters role (HQ) is only for accounts at the group's node");

        long colleague = created(hzAdmin, next("hz-colleague"), node("HZ"), "AGENT");
        assertThat(hzAdmin.put("/api/v1/accounts/" + colleague + "/roles", Map.of("roles", List.of("AGENT", "HQ")))
                .status()).isEqualTo(400);
        assertThat(hzAdmin.put("/api/v1/accounts/" + colleague + "/roles", Map.of("roles", List.of("OWNER")))
                .json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
        assertThat(row(colleague).get("roles").asString()).isEqualTo("AGENT");

        long self = hzAdmin.get("/api/v1/me").json().get("accountId").asLong();
        Api.Response demote = hzAdmin.put("/api/v1/accounts/" + self + "/roles", Map.of("roles", List.of("AGENT")));
        assertThat(demote.status()).isEqualTo(400);
        assertThat(demote.json().get("errors").get(0).get("reason").asString()).contains("不能修改自己的账号");
        assertThat(hzAdmin.put("/api/v1/accounts/" + self + "/enabled", Map.of("enabled", false)).status()).isEqualTo(400);

        assertThat(hzAdmin.put("/api/v1/accounts/" + colleague + "/roles", Map.of("roles", List.of("MANAGER", "HANDLER")))
                .status()).isEqualTo(204);
        assertThat(row(colleague).get("roles").asString()).isEqualTo("HANDLER,MANAGER");
        assertThat(api.as("admin").post("/api/v1/accounts", account(next("group-hq"), node("GROUP"), "HQ")).status())
                .as("HQ at the group's node, by the group's administrator").isEqualTo(201);
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldAndChangesNothing() {
        long colleague = created(api.as("admin"), next("target"), node("HZ"), "AGENT");
        Api.Caller admin = api.as("admin").english();
        String path = "/api/v1/accounts/" + colleague;
        assertField(admin.put(path + "/roles", Map.of("roles", List.of())), "roles");
        assertField(raw(admin, path + "/roles", "{\"roles\":[\"KING\"]}"), "roles");
        assertField(raw(admin, path + "/roles", "{\"roles\":\"AGENT\"}"), "roles");
        assertThat(raw(admin, path + "/roles", "{\"roles\":[\"AGENT\",null]}").status()).isEqualTo(400);
        String fiftyThousandAgents = "{\"roles\":[" + String.join(",", Collections.nCopies(50_000, "\"AGENT\"")) + "]}";
        assertField(raw(admin, path + "/roles", fiftyThousandAgents), "roles");
        assertField(raw(admin, "/api/v1/accounts", "{\"username\":\"x-many\",\"password\":\"a-long-pass-phrase\","
                + "\"displayName\":\"x\",\"orgNodeId\":" + node("HZ") + ",\"roles\":["
                + String.join(",", Collections.nCopies(11, "\"AGENT\"")) + "]}", "POST"), "roles");
        assertField(raw(admin, path + "/enabled", "{}"), "enabled");
        assertField(raw(admin, path + "/enabled", "{\"enabled\":\"maybe\"}"), "enabled");
        Api.Response shortPassword = admin.put(path + "/password", Map.of("password", "short"));
        assertField(shortPassword, "password");
        assertThat(shortPassword.json().get("errors").get(0).get("reason").asString()).contains("10");
        assertField(admin.put(path + "/password", Map.of("password", "x".repeat(100_000))), "password");
        assertThat(admin.put("/api/v1/accounts/-1/enabled", Map.of("enabled", false)).status()).isEqualTo(404);
        assertThat(admin.put("/api/v1/accounts/99999999999999999999/enabled", Map.of("enabled", false)).status())
                .isEqualTo(400);
        assertThat(raw(admin, path + "/roles", "{\"roles\":[" + "\"AGENT\",".repeat(50_000) + "\"HQ\"]}").status())
                .as("a long list is read as the set it names: HQ below the group is refused").isEqualTo(400);
        assertThat(api.as("agent").put(path + "/enabled", Map.of("enabled", false)).status()).isEqualTo(403);

        JsonNode after = row(colleague);
        assertThat(after.get("roles").asString()).isEqualTo("AGENT");
        assertThat(after.get("enabled").asBoolean()).isTrue();
        assertThat(api.basic(after.get("username").asString(), PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void changesReachTheAccountsOpenSessionAndTokensAtOnce() {
        String username = next("sessions");
        long id = created(api.as("admin"), username, node("HZ"), "AGENT");
        CookieJar browser = new CookieJar(true);
        Api.Caller anonymous = api.anonymous();
        browser.send(anonymous, anonymous.builder("/actuator/health"));
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        assertThat(browser.send(anonymous, browser.addTo(anonymous.builder("/api/v1/session")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), true)).status()).isEqualTo(204);
        String token = api.basic(username, PASSWORD).post("/api/v1/me/tokens", Map.of("name", "t")).json()
                .get("token").asString();
        Api.Caller byToken = new Api.Caller(api, "Bearer " + token, Map.of());

        assertThat(api.as("admin").put("/api/v1/accounts/" + id + "/roles", Map.of("roles", List.of("MANAGER")))
                .status()).isEqualTo(204);
        assertThat(me(browser, anonymous).json().get("roles").toString()).isEqualTo("[\"MANAGER\"]");
        assertThat(byToken.get("/api/v1/me").json().get("roles").toString()).isEqualTo("[\"MANAGER\"]");

        assertThat(api.as("admin").put("/api/v1/accounts/" + id + "/enabled", Map.of("enabled", false)).status())
                .isEqualTo(204);
        assertThat(me(browser, anonymous).status()).as("the session has ended").isEqualTo(401);
        assertThat(byToken.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.basic(username, PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(row(id).get("enabled").asBoolean()).isFalse();

        assertThat(api.as("admin").put("/api/v1/accounts/" + id + "/enabled", Map.of("enabled", true)).status())
                .isEqualTo(204);
        assertThat(api.as("admin").put("/api/v1/accounts/" + id + "/password", Map.of("password", "Quiet-Harbour-93"))
                .status()).isEqualTo(204);
        assertThat(api.basic(username, PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.basic(username, "Quiet-Harbour-93").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(byToken.get("/api/v1/me").status()).as("enabled again, the token works again").isEqualTo(200);
    }

    private Api.Response me(CookieJar browser, Api.Caller anonymous) {
        return browser.send(anonymous, browser.addTo(anonymous.builder("/api/v1/me"), false));
    }

    /** A new administrator of the Hangzhou company, created by the group's administrator. */
    private Api.Caller hangzhouAdmin() {
        String username = next("hz-admin");
        created(api.as("admin"), username, node("HZ"), "ADMIN");
        return api.basic(username, PASSWORD);
    }

    private long created(Api.Caller by, String username, long node, String... roles) {
        Api.Response response = by.post("/api/v1/accounts", account(username, node, roles));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static Map<String, Object> account(String username, long node, String... roles) {
        return Map.of("username", username, "password", PASSWORD, "displayName", "测试 " + username,
                "orgNodeId", node, "roles", List.of(roles));
    }

    private static String next(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    private long node(String code) {
        return api.as("admin").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }

    private long accountId(String username) {
        return row(username).get("id").asLong();
    }

    private JsonNode row(String username) {
        return rows().stream().filter(r -> r.get("username").asString().equals(username)).findFirst().orElseThrow();
    }

    private JsonNode row(long id) {
        return rows().stream().filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow();
    }

    private List<JsonNode> rows() {
        return api.as("admin").get("/api/v1/accounts?limit=200").json().get("items").valueStream().toList();
    }

    private static Api.Response raw(Api.Caller caller, String path, String json) {
        return raw(caller, path, json, "PUT");
    }

    private static Api.Response raw(Api.Caller caller, String path, String json, String method) {
        return caller.send(caller.builder(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .as(response.body()).anyMatch(f -> f.equals(field) || f.startsWith(field + "["));
    }
}
