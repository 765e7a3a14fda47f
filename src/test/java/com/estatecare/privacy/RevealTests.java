package com.estatecare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.platform.ReportPeriod;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * The audited reveal of a customer's full phone number (查看完整号码, SPEC §13) over HTTP against PostgreSQL:
 * shown once with a reason to those whose work needs it, refused (and audited) for everyone else, bounded by a
 * daily limit that tells the manager; and no full number in the log of it all.
 */
@EstateCareTest
@ExtendWith(OutputCaptureExtension.class)
class RevealTests {

    private static final String LIMITED_PASSWORD = "Quiet-harbour-58";

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void anAgentIsShownTheFullNumberOnceUncachedAndTheRevealIsAuditedWithItsReason() {
        long id = customer("回拨先生", "13900008101");

        var shown = reveal(api.as("agent"), id, Map.of("field", "phone", "reason", "CALL_BACK"));

        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.json().get("value").asString()).isEqualTo("13900008101");
        assertThat(shown.header("Cache-Control")).contains("no-store");
        assertThat(api.as("agent").get("/api/v1/customers/" + id).json().get("phone").asString())
                .as("the file stays masked").isEqualTo("139****8101");
        JsonNode entry = entries(id).get(0);
        assertThat(entry.get("action").asString()).isEqualTo("REVEAL");
        assertThat(entry.get("outcome").asString()).isEqualTo("DONE");
        assertThat(entry.get("reason").asString()).isEqualTo("CALL_BACK");
        assertThat(entry.get("actorUsername").asString()).isEqualTo("agent");
        assertThat(entry.at("/detail/field").asString()).isEqualTo("phone");
        assertThat(entry.toString()).doesNotContain("13900008101");

        var other = reveal(api.as("manager").english(), id, Map.of("field", "phone", "reason", "OTHER",
                "text", "业主投诉回访"));
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        assertThat(entries(id).get(0).at("/detail/text").asString()).isEqualTo("业主投诉回访");
    }

    @Test
    void anEngineerIsShownTheNumberOnlyOfACustomerWhoseOpenRequestHeIsDispatchedTo() {
        long dispatched = customerInLake("派工业主", "13900008201");
        long other = customerInLake("未派工业主", "13900008202");
        Map<String, Object> repair = given.repairBody(given.unit().get("id").asLong());
        repair.remove("reporter");
        repair.put("customerId", dispatched);
        long request = given.register(repair);
        given.walk(request, "REPAIR", 2);

        var shown = reveal(api.as("engineer"), dispatched, Map.of("field", "phone", "reason", "ON_SITE_VISIT"));
        var refused = reveal(api.as("engineer"), other, Map.of("field", "phone", "reason", "ON_SITE_VISIT"));

        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.json().get("value").asString()).isEqualTo("13900008201");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).endsWith("reveal-not-dispatched");
        assertThat(refused.body()).doesNotContain("13900008202");
        assertThat(entries(other)).extracting(e -> e.get("outcome").asString(), e -> e.get("reason").asString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REFUSED", "reveal-not-dispatched"));
    }

    @Test
    void everyOtherRoleAnOwnerAndAnotherCompanyAreRefusedAndEachRefusalIsAudited() {
        long id = customer("拒绝先生", "13900008301");
        Map<String, Object> body = Map.of("field", "phone", "reason", "CALL_BACK");

        for (String who : List.of("handler", "consultant", "projectco", "admin", "owner")) {
            var refused = reveal(api.as(who), id, body);
            assertThat(refused.status()).as(who + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.body()).as(who).doesNotContain("13900008301");
        }
        var ownOwner = api.as("owner").get("/api/v1/customers").json().get("items").get(0).get("id").asLong();
        assertThat(reveal(api.as("owner"), ownOwner, body).status()).as("not even their own, by this door")
                .isEqualTo(403);
        var otherCompany = reveal(api.as("hz-agent"), id, body);
        assertThat(otherCompany.status()).isEqualTo(404);
        assertThat(reveal(api.as("auditor"), id, body).status()).isEqualTo(403);

        List<JsonNode> refusals = entries(id);
        assertThat(refusals).extracting(e -> e.get("actorUsername").asString())
                .containsExactlyInAnyOrder("handler", "consultant", "projectco", "admin", "owner", "hz-agent");
        assertThat(refusals).allSatisfy(e -> assertThat(e.get("outcome").asString()).isEqualTo("REFUSED"));
        assertThat(refusals).filteredOn(e -> e.get("actorUsername").asString().equals("hz-agent"))
                .extracting(e -> e.get("reason").asString()).containsExactly("not-found");
    }

    @Test
    void hostileRevealsAreRefusedNamingTheFieldInTheCallersLanguageAndWriteOnlyTheRefusal() {
        long id = customer("恶意先生", "13900008401");
        Map<String, List<String>> cases = new LinkedHashMap<>();
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        bodies.put("missing", Map.of());
        cases.put("missing", List.of("field", "reason"));
        bodies.put("unknown field", Map.of("field", "bankAccount", "reason", "CALL_BACK"));
        cases.put("unknown field", List.of("field"));
        bodies.put("other without text", Map.of("field", "phone", "reason", "OTHER"));
        cases.put("other without text", List.of("text"));
        bodies.put("unknown reason", Map.of("field", "phone", "reason", "CURIOSITY"));
        cases.put("unknown reason", List.of("reason"));
        bodies.put("huge text", Map.of("field", "phone", "reason", "LEGAL", "text", "长".repeat(100_000)));
        cases.put("huge text", List.of("text"));
        long before = lastEntry();

        bodies.forEach((name, body) -> {
            var zh = reveal(api.as("agent"), id, body);
            assertThat(zh.status()).as(name + ": " + zh.body()).isEqualTo(400);
            assertThat(fields(zh.json())).as(name).containsExactlyElementsOf(cases.get(name));
            assertThat(zh.json().get("title").asString()).as(name).containsPattern("[\\u4e00-\\u9fff]");
            var en = reveal(api.as("agent").english(), id, body);
            assertThat(fields(en.json())).as(name).containsExactlyElementsOf(cases.get(name));
            assertThat(en.json().get("errors").toString()).as(name).doesNotContainPattern("[\\u4e00-\\u9fff]");
            assertThat(zh.body() + en.body()).doesNotContain("13900008401");
        });
        assertThat(api.as("agent").post("/api/v1/customers/" + id + "/reveal", "{\"field\": ").status()).isEqualTo(400);

        List<Map<String, Object>> written = jdbc.sql("""
                select action, outcome, reason from audit_entry where id > :before order by id""")
                .param("before", before).query().listOfRows();
        assertThat(written).hasSize(2 * bodies.size()).allSatisfy(row -> assertThat(row)
                .containsEntry("action", "REVEAL").containsEntry("outcome", "REFUSED")
                .containsEntry("reason", "invalid-input"));
    }

    @Test
    void beyondTheDailyLimitARevealIsRefusedAndTheManagerIsTold() {
        long company = node("SH");
        Api.Caller limited = limitedAgent(company);
        long id = customer("限额先生", "13900008501");
        Map<String, Object> body = Map.of("field", "phone", "reason", "CALL_BACK");
        assertThat(api.as("admin").put("/api/v1/policies/reveal?companyId=" + company,
                Map.of("policy", Map.of("dailyLimit", 2), "reason", "限额测试")).status()).isEqualTo(200);
        try {
            assertThat(reveal(limited, id, body).status()).isEqualTo(200);
            var second = reveal(limited, id, body);
            assertThat(second.json().get("shownToday").asInt()).isEqualTo(2);
            assertThat(second.json().get("dailyLimit").asInt()).isEqualTo(2);

            var beyond = reveal(limited, id, body);
            var beyondEnglish = reveal(limited.english(), id, body);

            assertThat(beyond.status()).as(beyond.body()).isEqualTo(403);
            assertThat(beyond.json().get("type").asString()).endsWith("reveal-limit-reached");
            assertThat(beyond.json().get("dailyLimit").asInt()).isEqualTo(2);
            assertThat(beyond.json().get("title").asString()).isEqualTo("今日查看次数已达上限");
            assertThat(beyondEnglish.json().get("title").asString()).isEqualTo("Daily limit of reveals reached");
            assertThat(beyond.body()).doesNotContain("13900008501");
            assertThat(entries(id)).extracting(e -> e.get("outcome").asString(), e -> e.get("reason").asString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("REFUSED", "reveal-limit-reached"),
                            org.assertj.core.groups.Tuple.tuple("REFUSED", "reveal-limit-reached"),
                            org.assertj.core.groups.Tuple.tuple("DONE", "CALL_BACK"),
                            org.assertj.core.groups.Tuple.tuple("DONE", "CALL_BACK"));
            List<JsonNode> inbox = api.as("manager").get("/api/v1/me/inbox").json().get("items").valueStream()
                    .filter(n -> n.get("kind").asString().equals("REVEAL_LIMIT")).toList();
            assertThat(inbox).as("told once a day, however often refused").hasSize(1);
            assertThat(inbox.get(0).get("title").asString()).contains("限额客服");
        } finally {
            api.as("admin").put("/api/v1/policies/reveal?companyId=" + company,
                    Map.of("policy", Map.of("dailyLimit", 30), "reason", "恢复默认"));
        }
    }

    @Test
    void noFullPhoneNumberReachesTheLog(CapturedOutput output) {
        long id = customer("日志先生", "13900008601");
        reveal(api.as("agent"), id, Map.of("field", "phone", "reason", "CALL_BACK"));
        reveal(api.as("handler"), id, Map.of("field", "phone", "reason", "CALL_BACK"));
        long version = api.as("agent").get("/api/v1/customers/" + id).json().get("version").asLong();
        api.as("agent").patch("/api/v1/customers/" + id, Map.of("phone", "13900008602", "version", version));
        api.basic("13900008603", "wrong").get("/api/v1/me");

        assertThat(output.getAll()).doesNotContain("13900008601", "13900008602", "13900008603");
        assertThat(jdbc.sql("select count(*) from audit_entry where detail::text ~ '1390000860[123]'"
                + " or actor_username ~ '1390000860[123]'").query(Long.class).single()).isZero();
    }

    private Api.Caller limitedAgent(long company) {
        if (jdbc.sql("select count(*) from account where username = 'limited-agent'").query(Long.class).single() == 0) {
            var created = api.as("admin").post("/api/v1/accounts", Map.of("username", "limited-agent",
                    "password", LIMITED_PASSWORD, "displayName", "限额客服", "orgNodeId", company,
                    "roles", List.of("AGENT")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        return api.basic("limited-agent", LIMITED_PASSWORD);
    }

    private Api.Response reveal(Api.Caller caller, long id, Object body) {
        return caller.post("/api/v1/customers/" + id + "/reveal", body);
    }

    private long customer(String name, String phone) {
        var created = api.as("agent").post("/api/v1/customers", Map.of("name", name, "kind", "NEW_OWNER", "phone", phone));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long customerInLake(String name, String phone) {
        long lake = api.as("engineer").get("/api/v1/projects").json().get(0).get("id").asLong();
        var created = api.as("agent").post("/api/v1/customers", Map.of("name", name, "kind", "NEW_OWNER",
                "phone", phone, "projectId", lake));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** The reveals of a customer in the audit log, newest first, as the group's administrator reads them. */
    private List<JsonNode> entries(long customerId) {
        Map<String, Object> query = new HashMap<>();
        String today = LocalDate.ofInstant(clock.instant(), ReportPeriod.ZONE).toString();
        query.putAll(Map.of("from", today, "to", today, "recordType", "CUSTOMER", "recordId", customerId,
                "action", "REVEAL"));
        var page = api.as("admin").get("/api/v1/audit-log", query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().toList();
    }

    private long lastEntry() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    private long node(String code) {
        return api.as("admin").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
