package com.estatecare.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
 * Proposing a closed complaint as a case by hand (推荐为案例) over HTTP against PostgreSQL: only once its work is
 * done, prefilled from it with the proposer's lessons, shown on the request's detail to staff and never to the
 * owner, returned by a manager and proposed again; hostile input; the other company sees nothing.
 */
@EstateCareTest
class CaseProposalApiTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aClosedComplaintIsProposedReturnedWithAReasonAndProposedAgain() {
        String place = "银杏" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号楼";
        Map<String, Object> body = given.complaintBody(api.homeOf("owner"));
        body.put("description", place + "外墙渗水，业主投诉");
        long complaint = given.register(body);
        given.walk(complaint, "COMPLAINT", 3); // classify, dispatch, respond: still being handled
        Api.Response early = api.as("handler").post("/api/v1/cases/proposals", Map.of("requestId", complaint));
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("title").asString()).isEqualTo("不能推荐为案例");

        given.act(complaint, "handler", "agree-plan", given.body("agree-plan", "COMPLAINT"));
        given.act(complaint, "handler", "complete", given.body("complete", "COMPLAINT"));
        assertThat(api.as("hz-agent").post("/api/v1/cases/proposals", Map.of("requestId", complaint)).status())
                .as("another company's complaint is not there").isEqualTo(404);
        assertThat(api.as("owner").post("/api/v1/cases/proposals", Map.of("requestId", complaint)).status())
                .isEqualTo(403);
        assertThat(api.as("engineer").post("/api/v1/cases/proposals", Map.of("requestId", complaint)).status())
                .isEqualTo(403);
        Api.Response proposed = api.as("handler").post("/api/v1/cases/proposals",
                Map.of("requestId", complaint, "lessons", "雨季前检查外墙"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        JsonNode proposal = proposed.json();
        long id = proposal.get("id").asLong();
        assertThat(proposal.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposal.get("problem").asString()).startsWith(place + "外墙渗水");
        assertThat(proposal.get("solution").asString()).isEqualTo("两周内完成整改（工程部）");
        assertThat(proposal.get("lessons").asString()).isEqualTo("雨季前检查外墙");
        assertThat(given.get(complaint).get("knowledgeCase").get("id").asLong()).isEqualTo(id);
        assertThat(api.as("owner").get("/api/v1/requests/" + complaint).json().has("knowledgeCase"))
                .as("the owner's view of the request says nothing of the library").isFalse();
        Api.Response twice = api.as("agent").post("/api/v1/cases/proposals", Map.of("requestId", complaint));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("caseId").asLong()).isEqualTo(id);

        Api.Response returned = api.as("manager").post("/api/v1/cases/" + id + "/reject",
                Map.of("version", proposal.get("version").asLong(), "note", "原因写得不清楚"));
        assertThat(returned.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(given.get(complaint).get("knowledgeCase").get("reviewNote").asString()).isEqualTo("原因写得不清楚");
        Api.Response again = api.as("handler").post("/api/v1/cases/proposals",
                Map.of("requestId", complaint, "lessons", "外墙防水层五年一检"));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        assertThat(again.json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(again.json().get("lessons").asString()).isEqualTo("外墙防水层五年一检");
        Api.Response approved = api.as("manager").post("/api/v1/cases/" + id + "/approve",
                Map.of("version", again.json().get("version").asLong()));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(api.as("agent").get("/api/v1/cases/search", Map.of("q", place + " 五年")).json().valueStream()
                .map(h -> h.get("id").asLong()).toList()).containsExactly(id);
    }

    @Test
    void hostileProposalsAreRefusedByFieldInTheCallersLanguageAndChangeNothing() {
        long before = jdbc.sql("select count(*) from knowledge_case").query(Long.class).single();
        Api.Response missing = api.as("agent").english().post("/api/v1/cases/proposals", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("requestId");
        Map<String, Object> huge = new HashMap<>(Map.of("requestId", 1, "lessons", "经".repeat(4001)));
        Api.Response tooLong = api.as("agent").post("/api/v1/cases/proposals", huge);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("lessons");
        assertThat(tooLong.json().get("title").asString()).isEqualTo("输入有误");
        assertThat(api.as("agent").post("/api/v1/cases/proposals", Map.of("requestId", -5)).status()).isEqualTo(404);
        assertThat(api.as("agent").post("/api/v1/cases/proposals", "{\"requestId\": \"x\"}").status()).isEqualTo(400);
        long repair = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(repair, "REPAIR", 5);
        Api.Response notAComplaint = api.as("agent").english().post("/api/v1/cases/proposals",
                Map.of("requestId", repair));
        assertThat(notAComplaint.status()).isEqualTo(409);
        assertThat(notAComplaint.json().get("title").asString()).isEqualTo("Cannot be proposed");
        assertThat(jdbc.sql("select count(*) from knowledge_case").query(Long.class).single()).isEqualTo(before);
    }
}
