package com.estatecare.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.platform.ReportPeriod;
import com.estatecare.support.Api;
import com.estatecare.support.CookieJar;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;
import com.estatecare.support.SignInTraces;

import tools.jackson.databind.JsonNode;

/**
 * The audit log (审计日志, SPEC §13) over HTTP against PostgreSQL: one entry per sign-in (success and failure,
 * with the address), import, export and change of a customer, an account, a token or a policy, personal values
 * masked in the entry; append-only in the database; searchable by administrators and auditors in their branch.
 */
@EstateCareTest
class AuditLogTests {

    private static final String HZ_ADMIN_PASSWORD = "Branch-admin-hz-91";

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @RegisterExtension
    final SignInTraces traces = SignInTraces.forgetting("login_throttle");

    @Test
    void everyChangeOfACustomerIsAuditedWithItsValuesBeforeAndAfterMasked() {
        JsonNode created = api.as("agent").post("/api/v1/customers", Map.of("name", "审计先生", "kind", "NEW_OWNER",
                "phone", "13900007101", "note", "白天请拨 13900007102")).json();
        long id = created.get("id").asLong();

        var amended = api.as("agent").patch("/api/v1/customers/" + id, Map.of("name", "审计文华",
                "phone", "13900007103", "version", created.get("version").asLong()));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);

        List<JsonNode> entries = items(api.as("admin"), Map.of("recordType", "CUSTOMER", "recordId", id));
        assertThat(entries).extracting(e -> e.get("reason").asString()).containsExactly("AMENDED", "CREATED");
        JsonNode change = entries.get(0);
        assertThat(change.get("action").asString()).isEqualTo("CUSTOMER_CHANGED");
        assertThat(change.get("actorUsername").asString()).isEqualTo("agent");
        assertThat(change.get("address").asString()).isEqualTo("127.0.0.1");
        assertThat(change.at("/detail/before/phone").asString()).isEqualTo("139****7101");
        assertThat(change.at("/detail/after/phone").asString()).isEqualTo("139****7103");
        assertThat(change.at("/detail/before/name").asString()).isEqualTo("审计先生");
        assertThat(change.at("/detail/after/name").asString()).isEqualTo("审计文华");
        assertThat(change.at("/detail/after").has("note")).as("a field that did not change is not listed").isFalse();
        assertThat(entries.get(1).at("/detail/after/note").asString()).isEqualTo("白天请拨 *******7102");
        String stored = jdbc.sql("select string_agg(detail::text, ' ') from audit_entry where record_id = :id"
                + " and record_type = 'CUSTOMER'").param("id", id).query(String.class).single();
        assertThat(stored).doesNotContain("13900007101", "13900007102", "13900007103");
    }

    @Test
    void accountRolesEnabledPasswordAndTokensArePolicyChangesAreAudited() {
        long company = node("SH");
        var account = api.as("admin").post("/api/v1/accounts", Map.of("username", "audit-subject",
                "password", "Sesame-kettle-42", "displayName", "审计对象", "orgNodeId", company, "roles", List.of("AGENT")));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        long id = account.json().get("id").asLong();
        assertThat(api.as("admin").put("/api/v1/accounts/" + id + "/roles", Map.of("roles", List.of("MANAGER")))
                .status()).isEqualTo(204);
        assertThat(api.as("admin").put("/api/v1/accounts/" + id + "/password", Map.of("password", "Another-secret-77"))
                .status()).isEqualTo(204);
        assertThat(api.as("admin").put("/api/v1/accounts/" + id + "/enabled", Map.of("enabled", false)).status())
                .isEqualTo(204);

        List<JsonNode> changes = items(api.as("admin"), Map.of("recordType", "ACCOUNT", "recordId", id,
                "action", "ACCOUNT_CHANGED"));
        assertThat(changes).extracting(e -> e.get("reason").asString())
                .containsExactly("ENABLED", "PASSWORD", "ROLES", "CREATED");
        assertThat(changes.get(2).at("/detail/before/roles").asString()).isEqualTo("AGENT");
        assertThat(changes.get(2).at("/detail/after/roles").asString()).isEqualTo("MANAGER");
        assertThat(changes.get(0).at("/detail/after/enabled").asString()).isEqualTo("false");
        assertThat(changes.toString()).doesNotContain("Another-secret-77", "Sesame-kettle-42");

        var policy = api.as("admin").put("/api/v1/policies/reveal?companyId=" + company,
                Map.of("policy", Map.of("dailyLimit", 40), "reason", "审计测试"));
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        JsonNode policyEntry = items(api.as("admin"), Map.of("action", "POLICY_CHANGED")).get(0);
        assertThat(policyEntry.get("reason").asString()).isEqualTo("reveal");
        assertThat(policyEntry.at("/detail/after/policy").asString()).contains("40");
        assertThat(policyEntry.at("/detail/before/policy").asString()).contains("30");
        api.as("admin").put("/api/v1/policies/reveal?companyId=" + company,
                Map.of("policy", Map.of("dailyLimit", 30), "reason", "恢复默认"));

        long token = api.as("hz-agent").post("/api/v1/me/tokens", Map.of("name", "audit-token")).json().get("id")
                .asLong();
        assertThat(api.as("hz-agent").delete("/api/v1/me/tokens/" + token).status()).isEqualTo(204);
        assertThat(items(api.as("admin"), Map.of("recordType", "ACCESS_TOKEN", "recordId", token)))
                .extracting(e -> e.get("reason").asString(), e -> e.get("actorUsername").asString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REVOKED", "hz-agent"),
                        org.assertj.core.groups.Tuple.tuple("ISSUED", "hz-agent"));
    }

    @Test
    void signInsAndFailedSignInsAreAuditedWithTheAddress() {
        assertThat(signIn("manager", "demo")).isEqualTo(204);
        assertThat(signIn("manager", "wrong-password")).isEqualTo(401);
        assertThat(signIn("nobody-13912345678", "x")).isEqualTo(401);

        List<JsonNode> entries = items(api.as("admin"), Map.of("person", "manager"));
        assertThat(entries).filteredOn(e -> e.get("action").asString().startsWith("SIGN_IN"))
                .extracting(e -> e.get("action").asString(), e -> e.get("outcome").asString(),
                        e -> e.get("address").asString())
                .startsWith(org.assertj.core.groups.Tuple.tuple("SIGN_IN_FAILED", "REFUSED", "127.0.0.1"),
                        org.assertj.core.groups.Tuple.tuple("SIGN_IN", "DONE", "127.0.0.1"));
        JsonNode unknown = items(api.as("admin"), Map.of("action", "SIGN_IN_FAILED")).get(0);
        assertThat(unknown.get("actorUsername").asString()).isEqualTo("nobody-*******5678");
        assertThat(unknown.get("reason").asString()).isEqualTo("BAD_CREDENTIALS");
        assertThat(items(hzAdmin(), Map.of("action", "SIGN_IN_FAILED")))
                .as("a failure under an unknown name belongs to no company: only the group sees it")
                .noneMatch(e -> e.get("actorUsername").asString().startsWith("nobody"));
    }

    @Test
    void anImportIsOneEntryOfTheProject() {
        long project = api.as("agent").get("/api/v1/projects").json().get(0).get("id").asLong();
        var imported = api.as("agent").multipart("/api/v1/projects/" + project + "/imports", "units.csv",
                ("building,unitNo,floor,areaSqm,layout,deliveredOn,ownerName,ownerPhone,ownerKind,ownershipRole\r\n"
                        + "审计栋,101,1,,,,审计业主,13900007201,,\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);

        JsonNode entry = items(api.as("admin"), Map.of("action", "IMPORT", "recordType", "PROJECT",
                "recordId", project)).get(0);
        assertThat(entry.get("actorUsername").asString()).isEqualTo("agent");
        assertThat(entry.at("/detail/units").asInt()).isEqualTo(1);
        assertThat(entry.at("/detail/customersCreated").asInt()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        api.as("agent").get("/api/v1/me/tokens");
        long any = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = 'forged' where id = :id")
                .param("id", any).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", any).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_entry where id = :id and actor_name = 'forged'")
                .param("id", any).query(Long.class).single()).isZero();
    }

    @Test
    void abranchAdministratorSeesTheirCompanyAndTheAuditorAndGroupAdministratorSeeAll() {
        JsonNode sh = api.as("agent").post("/api/v1/customers", Map.of("name", "上海审计", "kind", "NEW_OWNER")).json();
        JsonNode hz = api.as("hz-agent").post("/api/v1/customers", Map.of("name", "杭州审计", "kind", "NEW_OWNER")).json();
        Map<String, Object> byAction = Map.of("action", "CUSTOMER_CHANGED", "limit", 200);

        List<Long> hzAdmin = ids(items(hzAdmin(), byAction));
        assertThat(hzAdmin).contains(hz.get("id").asLong()).doesNotContain(sh.get("id").asLong());
        assertThat(ids(items(api.as("auditor"), byAction))).contains(hz.get("id").asLong(), sh.get("id").asLong());
        assertThat(ids(items(api.as("admin"), byAction))).contains(hz.get("id").asLong(), sh.get("id").asLong());
        assertThat(hzAdmin().get("/api/v1/audit-log", Map.of("from", today(), "to", today(),
                "recordType", "CUSTOMER", "recordId", sh.get("id").asLong())).json().get("items")).isEmpty();
    }

    /** An administrator of the second company's branch, created once (test classes share the application). */
    private Api.Caller hzAdmin() {
        if (jdbc.sql("select count(*) from account where username = 'hz-admin-audit'").query(Long.class).single() == 0) {
            var created = api.as("admin").post("/api/v1/accounts", Map.of("username", "hz-admin-audit",
                    "password", HZ_ADMIN_PASSWORD, "displayName", "杭州管理员", "orgNodeId", node("HZ"),
                    "roles", List.of("ADMIN")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        return api.basic("hz-admin-audit", HZ_ADMIN_PASSWORD);
    }

    private List<JsonNode> items(Api.Caller caller, Map<String, Object> filters) {
        Map<String, Object> query = new HashMap<>(filters);
        query.putIfAbsent("from", today());
        query.putIfAbsent("to", today());
        var page = caller.get("/api/v1/audit-log", query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().toList();
    }

    private static List<Long> ids(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("recordId").asLong()).toList();
    }

    private String today() {
        return LocalDate.ofInstant(clock.instant(), ReportPeriod.ZONE).toString();
    }

    private long node(String code) {
        return api.as("admin").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }

    private int signIn(String username, String password) {
        CookieJar cookies = new CookieJar(false);
        Api.Caller browser = api.anonymous();
        cookies.send(browser, cookies.addTo(browser.builder("/api/v1/me"), false));
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = browser.builder("/api/v1/session")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return cookies.send(browser, cookies.addTo(request, true)).status();
    }
}
