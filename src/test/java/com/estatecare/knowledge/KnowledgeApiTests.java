package com.estatecare.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * The case library over HTTP against PostgreSQL: an archived complaint proposed, edited, approved and found;
 * 漏水 finding 渗水 through the synonym set alone; hostile input; the other company and owners see nothing.
 */
@EstateCareTest
class KnowledgeApiTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anArchivedComplaintIsProposedEditedApprovedAndFoundByItsWords() {
        String place = "梧桐" + suffix() + "号地库";
        Map<String, Object> body = given.complaintBody(given.unit().get("id").asLong());
        body.put("description", place + "顶板渗水，多次报修未解决");
        long complaint = given.register(body);
        given.walk(complaint, "COMPLAINT", 8); // … archive
        long id = proposalOf(complaint);

        JsonNode proposed = api.as("manager").get("/api/v1/cases/" + id).json();
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("problem").asString()).startsWith(place + "顶板渗水");
        assertThat(proposed.get("solution").asString()).isEqualTo("两周内完成整改（工程部）");
        assertThat(proposed.get("requestNumber").asString()).startsWith("TS-");
        assertThat(api.as("hz-manager").get("/api/v1/cases/" + id).status()).isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/cases/" + id).status()).isEqualTo(403);
        assertThat(search("manager", place).stream().noneMatch(h -> h.get("id").asLong() == id))
                .as("a proposal is not in the library yet").isTrue();

        Map<String, Object> edit = new HashMap<>(Map.of("problem", proposed.get("problem").asString(),
                "cause", "顶板防水层施工缺陷", "solution", "重做顶板防水", "lessons", "雨季前排查地库防水",
                "version", proposed.get("version").asLong()));
        Api.Response edited = api.as("manager").put("/api/v1/cases/" + id, edit);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(api.as("manager").put("/api/v1/cases/" + id, edit).status()).as("stale version").isEqualTo(409);
        assertThat(api.as("agent").post("/api/v1/cases/" + id + "/approve", Map.of("version", 1)).status())
                .isEqualTo(403);
        Api.Response approved = api.as("manager").post("/api/v1/cases/" + id + "/approve",
                Map.of("version", edited.json().get("version").asLong(), "note", "典型案例"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(api.as("manager").post("/api/v1/cases/" + id + "/reject",
                Map.of("version", approved.json().get("version").asLong())).status()).isEqualTo(409);

        List<JsonNode> hits = search("agent", place + " 防水");
        assertThat(hits).extracting(h -> h.get("id").asLong()).containsExactly(id);
        assertThat(hits.get(0).get("rank").asDouble()).isPositive();
        assertThat(search("hz-agent", place)).isEmpty();
        Api.Response similar = api.as("agent").post("/api/v1/cases/similar",
                Map.of("description", "业主反映" + place + "又在渗水"));
        assertThat(similar.json().valueStream().map(h -> h.get("id").asLong()).toList()).contains(id);
        assertThat(api.as("hz-agent").post("/api/v1/cases/similar", Map.of("description", place)).json().valueStream()
                .noneMatch(h -> h.get("id").asLong() == id)).isTrue();
    }

    @Test
    void leakFindsSeepageOnlyThroughTheSynonymSet() {
        Api.Response written = api.as("manager").post("/api/v1/cases", Map.of("problem", "雨后地下室墙角渗水" + suffix(),
                "cause", "外墙防水失效", "solution", "外墙注浆"));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = approvedByHq(written.json());
        assertThat(found("漏水", id)).as("without a synonym set, 漏水 does not find 渗水").isFalse();
        assertThat(found("渗水", id)).isTrue();

        Api.Response set = api.as("admin").post("/api/v1/case-synonyms", Map.of("terms", List.of("漏水", "渗水", "渗漏")));
        assertThat(set.status()).as(set.body()).isEqualTo(201);
        try {
            assertThat(found("漏水", id)).as("the synonym set makes 漏水 find 渗水").isTrue();
            assertThat(api.as("hz-agent").get("/api/v1/case-synonyms").json().valueStream()
                    .anyMatch(s -> s.get("id").asLong() == set.json().get("id").asLong()))
                    .as("the group's administrator writes the group's set, in force for every company").isTrue();
            assertThat(api.as("hz-agent").get("/api/v1/cases/search", Map.of("q", "漏水")).json().valueStream()
                    .noneMatch(h -> h.get("id").asLong() == id)).as("but not another company's cases").isTrue();
            assertThat(api.as("agent").delete("/api/v1/case-synonyms/" + set.json().get("id").asLong()).status())
                    .isEqualTo(403);
        } finally {
            assertThat(api.as("admin").delete("/api/v1/case-synonyms/" + set.json().get("id").asLong()).status())
                    .isEqualTo(204);
        }
        assertThat(found("漏水", id)).as("and nothing else does").isFalse();
    }

    @Test
    void aCaseWrittenFromScratchWaitsForAnotherManagersReviewBeforeItIsFound() {
        String problem = "样板间展示与交付标准不一致" + suffix();
        Api.Response written = api.as("manager").post("/api/v1/cases", Map.of("problem", problem,
                "cause", "销售承诺超出交付标准", "solution", "按合同附件逐项核对并书面答复", "lessons", "交付标准须在签约时书面告知",
                "category", "SALES_MANAGEMENT"));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        JsonNode proposed = written.json();
        long id = proposed.get("id").asLong();
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("requestId").isNull()).as("written, not proposed from a complaint").isTrue();
        assertThat(proposed.get("category").asString()).isEqualTo("SALES_MANAGEMENT");
        assertThat(proposed.get("proposedBy").asString()).isEqualTo("客服经理 陈静");
        assertThat(found(problem, id)).as("not in the library before its review").isFalse();
        assertThat(api.as("manager").get("/api/v1/cases", Map.of("status", "PROPOSED", "limit", 50)).json()
                .get("items").valueStream().anyMatch(c -> c.get("id").asLong() == id)).isTrue();

        Api.Response own = api.as("manager").english().post("/api/v1/cases/" + id + "/approve",
                Map.of("version", proposed.get("version").asLong()));
        assertThat(own.status()).as("its writer may not approve it").isEqualTo(403);
        assertThat(own.json().get("type").asString()).endsWith("case-four-eyes");
        assertThat(own.json().get("title").asString()).isEqualTo("You cannot review your own case");
        assertThat(api.as("manager").post("/api/v1/cases/" + id + "/reject",
                Map.of("version", proposed.get("version").asLong())).status()).isEqualTo(403);
        assertThat(api.as("hz-manager").post("/api/v1/cases/" + id + "/approve",
                Map.of("version", proposed.get("version").asLong())).status()).as("another company").isEqualTo(404);
        assertThat(api.as("agent").post("/api/v1/cases/" + id + "/approve",
                Map.of("version", proposed.get("version").asLong())).status()).isEqualTo(403);
        assertThat(api.as("agent").post("/api/v1/cases", Map.of("problem", "x")).status()).as("agents propose")
                .isEqualTo(403);
        assertThat(api.as("manager").get("/api/v1/cases/" + id).json().get("status").asString())
                .as("nothing changed").isEqualTo("PROPOSED");

        approvedByHq(proposed);
        assertThat(found(problem.substring(0, 5), id)).as("approved, it is found").isTrue();
    }

    @Test
    void hostileInputIsRefusedByFieldInTheCallersLanguageAndChangesNothing() {
        long before = jdbc.sql("select count(*) from knowledge_case").query(Long.class).single();
        Api.Response tooLong = api.as("agent").english().get("/api/v1/cases/search", Map.of("q", "漏".repeat(201)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        Api.Response zh = api.as("agent").get("/api/v1/cases/search", Map.of("q", "漏水", "limit", -1));
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(zh.json().get("title").asString()).isEqualTo("输入有误");
        assertThat(api.as("agent").get("/api/v1/cases/search", Map.of("q", "'&|!():*")).json()).isEmpty();
        assertThat(api.as("agent").post("/api/v1/cases/similar", Map.of("description", "x".repeat(4001))).status())
                .isEqualTo(400);
        assertThat(api.as("manager").post("/api/v1/cases", Map.of("problem", " ")).status()).isEqualTo(400);
        assertThat(api.as("manager").post("/api/v1/cases", "{\"problem\": ").status()).isEqualTo(400);
        assertThat(api.as("manager").get("/api/v1/cases", Map.of("cursor", "%%%")).status()).isEqualTo(400);
        assertThat(api.as("owner").get("/api/v1/cases/search", Map.of("q", "漏水")).status()).isEqualTo(403);
        assertThat(api.as("owner").post("/api/v1/cases", Map.of("problem", "x")).status()).isEqualTo(403);

        Api.Response badTerm = api.as("admin").english().post("/api/v1/case-synonyms",
                Map.of("terms", List.of("漏水", "渗 水")));
        assertThat(badTerm.status()).isEqualTo(400);
        assertThat(badTerm.json().get("errors").get(0).get("field").asString()).isEqualTo("terms[1]");
        assertThat(api.as("admin").post("/api/v1/case-synonyms", Map.of("terms", List.of("漏水"))).status())
                .isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from knowledge_case").query(Long.class).single()).isEqualTo(before);
    }

    /** Approves a case written by the manager as headquarters (another person); its id. */
    private long approvedByHq(JsonNode written) {
        long id = written.get("id").asLong();
        Api.Response approved = api.as("hq").post("/api/v1/cases/" + id + "/approve",
                Map.of("version", written.get("version").asLong(), "note", "可入库"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("reviewedBy").asString()).isNotEqualTo(written.get("proposedBy").asString());
        return id;
    }

    private long proposalOf(long request) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from knowledge_case where request_id = :id").param("id", request)
                .query(Long.class).single() == 1);
        return jdbc.sql("select id from knowledge_case where request_id = :id").param("id", request)
                .query(Long.class).single();
    }

    private List<JsonNode> search(String who, String q) {
        Api.Response response = api.as(who).get("/api/v1/cases/search", Map.of("q", q, "limit", 50));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().toList();
    }

    private boolean found(String q, long id) {
        return search("agent", q).stream().anyMatch(h -> h.get("id").asLong() == id);
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }
}
