package com.estatecare.revisits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * Revisits over HTTP against PostgreSQL: the task a completed repair brings, the questionnaire answered during
 * the call, second handling, coverage, and what is refused (other company, owner, bad answers, twice).
 */
@EstateCareTest
class RevisitApiTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;

    @Test
    void completedRepairIsQueuedAndUnsatisfiedAnswerSendsItToSecondHandling() {
        long request = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(request, "REPAIR", 6); // … complete, verify
        JsonNode task = taskOf(request);
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(Duration.between(java.time.Instant.parse(task.get("completedAt").asString()),
                java.time.Instant.parse(task.get("dueAt").asString()))).isEqualTo(Duration.ofDays(7));
        assertThat(api.as("agent").get("/api/v1/revisits?limit=200").json().get("items").valueStream()
                .anyMatch(t -> t.get("id").asLong() == task.get("id").asLong())).isTrue();
        assertThat(api.as("hz-agent").get("/api/v1/revisits?limit=200").json().get("items").valueStream()
                .noneMatch(t -> t.get("requestId").asLong() == request)).isTrue();
        JsonNode before = coverage("agent");

        Api.Response answered = api.as("agent").post(answerPath(task), answer(2, false, "卫生间还在渗水"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("satisfied").asBoolean()).isFalse();

        JsonNode reopened = given.get(request);
        assertThat(reopened.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(reopened.get("handlingRound").asInt()).isEqualTo(2);
        JsonNode step = api.as("agent").get("/api/v1/requests/" + request + "/timeline").json().valueStream()
                .filter(e -> e.get("action").asString().equals("REVISIT")).findFirst().orElseThrow();
        assertThat(step.get("details").get("revisitId").asLong()).isEqualTo(task.get("id").asLong());
        assertThat(step.get("details").get("method").asString()).isEqualTo("PHONE");
        assertThat(step.get("note").asString()).isEqualTo("卫生间还在渗水");

        Api.Response twice = api.as("agent").post(answerPath(task), answer(5, true, null));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("type").asString()).endsWith("revisit-already-answered");
        assertThat(given.get(request).get("handlingRound").asInt()).isEqualTo(2);

        JsonNode after = coverage("agent");
        assertThat(after.get("total").get("due").asLong()).isEqualTo(before.get("total").get("due").asLong());
        assertThat(after.get("total").get("revisited").asLong())
                .isEqualTo(before.get("total").get("revisited").asLong() + 1);
    }

    @Test
    void hostileAnswersAreRefusedInTheCallersLanguageAndChangeNothing() {
        long request = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(request, "REPAIR", 6);
        JsonNode task = taskOf(request);
        String path = answerPath(task);

        Map<String, Object> unknownTemplate = answer(5, true, null);
        unknownTemplate.put("templateId", 987_654_321L);
        Api.Response zh = api.as("agent").post(path, unknownTemplate);
        assertThat(zh.status()).as("an unknown reference, as everywhere in the API").isEqualTo(422);
        assertThat(zh.json().get("title").asString()).isEqualTo("引用的数据不存在");
        assertThat(api.as("agent").english().post(path, unknownTemplate).json().get("detail").asString())
                .contains("templateId");

        Api.Response outOfRange = api.as("agent").english().post(path, answer(9, true, "x".repeat(5000)));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("answers.satisfaction", "answers.comment");
        assertThat(outOfRange.json().get("errors").get(0).get("reason").asString()).matches("[\\x00-\\x7F]+");

        Map<String, Object> notBoolean = answer(4, true, null);
        notBoolean.put("method", "CARRIER_PIGEON");
        assertThat(api.as("agent").post(path, notBoolean).status()).isEqualTo(400);
        assertThat(api.as("agent").post(path, "{\"templateId\": 1, \"answers\": ").status()).isEqualTo(400);

        assertThat(api.as("hz-agent").post(path, answer(5, true, null)).status()).as("another company's task")
                .isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/revisits/" + task.get("id").asLong()).status()).isEqualTo(404);
        assertThat(api.as("owner").post(path, answer(5, true, null)).status()).isEqualTo(403);
        assertThat(api.as("owner").get("/api/v1/revisits").status()).isEqualTo(403);
        assertThat(api.as("engineer").post(path, answer(5, true, null)).status()).isEqualTo(403);

        assertThat(api.as("agent").get("/api/v1/revisits/" + task.get("id").asLong()).json().get("status").asString())
                .isEqualTo("OPEN");
        assertThat(given.get(request).get("status").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void revisitWaitsForTheOwnersConfirmationAndCoverageStaysInTheCallersBranch() {
        long request = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(request, "REPAIR", 5); // completed, not yet confirmed
        JsonNode task = taskOf(request);
        Api.Response early = api.as("agent").post(answerPath(task), answer(5, true, null));
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("allowedActions").valueStream().map(JsonNode::asString).toList()).contains("verify");
        assertThat(api.as("agent").get("/api/v1/revisits/" + task.get("id").asLong()).json().get("status").asString())
                .isEqualTo("OPEN");

        long shanghai = api.as("agent").get("/api/v1/me").json().get("orgNodeId").asLong();
        assertThat(api.as("hz-agent").get("/api/v1/revisits/coverage",
                Map.of("from", "2026-11-01", "to", "2026-12-31", "orgNodeId", shanghai)).status()).isEqualTo(404);
        Api.Response backwards = api.as("agent").english().get("/api/v1/revisits/coverage",
                Map.of("from", "2026-12-31", "to", "2026-11-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        JsonNode report = coverage("agent");
        assertThat(report.get("total").get("due").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("projects").valueStream().mapToLong(p -> p.get("due").asLong()).sum())
                .isEqualTo(report.get("total").get("due").asLong());
    }

    @Test
    void revisitOnTheRequestAnswersTheTaskAndAnUnconfirmedRepairWithdrawsIt() {
        long revisited = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(revisited, "REPAIR", 7); // … verify, revisit on the request itself
        long answeredTask = taskOf(revisited).get("id").asLong();
        await().atMost(Duration.ofSeconds(20)).until(() -> "ANSWERED".equals(api.as("agent")
                .get("/api/v1/revisits/" + answeredTask).json().get("status").asString()));
        JsonNode answered = api.as("agent").get("/api/v1/revisits/" + answeredTask).json();
        assertThat(answered.get("answeredVia").asString()).isEqualTo("REQUEST");
        assertThat(answered.get("satisfied").asBoolean()).isTrue();

        long unhappy = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(unhappy, "REPAIR", 5); // completed
        long withdrawnTask = taskOf(unhappy).get("id").asLong();
        given.act(unhappy, "agent", "verify", Map.of("satisfied", false, "confirmedVia", "PHONE", "note", "还在漏"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "WITHDRAWN".equals(api.as("agent")
                .get("/api/v1/revisits/" + withdrawnTask).json().get("status").asString()));
        Api.Response late = api.as("agent").post("/api/v1/revisits/" + withdrawnTask + "/answer", answer(5, true, null));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).endsWith("revisit-withdrawn");
    }

    @Test
    void administratorVersionsTheGroupsTemplateAndAnUnworkableOneIsRefused() {
        Map<String, Object> satisfaction = Map.of("key", "satisfaction", "type", "SCALE", "text", "您对入户维修满意吗？",
                "textEn", "Are you satisfied with the home repair?", "required", true, "measures", "SATISFACTION");
        Map<String, Object> onTime = Map.of("key", "onTime", "type", "YES_NO", "text", "师傅是否准时上门？",
                "textEn", "Did the engineer come on time?", "required", false);
        Map<String, Object> body = new HashMap<>(Map.of("name", "入户回访问卷", "nameEn", "Home visit questionnaire",
                "questions", java.util.List.of(satisfaction, onTime), "reason", "公司手册 2027 版"));

        Api.Response first = api.as("admin").put("/api/v1/revisit-templates/home-visit", body);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Response second = api.as("admin").put("/api/v1/revisit-templates/home-visit", body);
        assertThat(second.json().get("version").asInt()).isEqualTo(first.json().get("version").asInt() + 1);
        assertThat(api.as("agent").get("/api/v1/revisit-templates").json().valueStream()
                .filter(t -> t.get("code").asString().equals("home-visit")).findFirst().orElseThrow().get("version")
                .asInt()).isEqualTo(second.json().get("version").asInt());
        assertThat(first.json().get("companyId").asLong()).as("the group's administrator writes the group's").isZero();
        assertThat(api.as("hz-agent").get("/api/v1/revisit-templates").json().valueStream()
                .anyMatch(t -> t.get("code").asString().equals("home-visit"))).as("in force for every company").isTrue();

        Map<String, Object> noSatisfaction = new HashMap<>(body);
        noSatisfaction.put("questions", java.util.List.of(onTime));
        Api.Response refused = api.as("admin").english().put("/api/v1/revisit-templates/home-visit", noSatisfaction);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("questions");
        assertThat(api.as("agent").put("/api/v1/revisit-templates/home-visit", body).status()).isEqualTo(403);
        assertThat(api.as("admin").put("/api/v1/revisit-templates/HOME-VISIT", body).status()).isEqualTo(400);
        assertThat(jdbc.sql("select max(version) from revisit_template where code = 'home-visit'").query(Integer.class)
                .single()).isEqualTo(second.json().get("version").asInt());
    }

    private JsonNode taskOf(long request) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from revisit_task where request_id = :id").param("id", request)
                .query(Long.class).single() == 1);
        long id = jdbc.sql("select id from revisit_task where request_id = :id").param("id", request)
                .query(Long.class).single();
        return api.as("agent").get("/api/v1/revisits/" + id).json();
    }

    private JsonNode coverage(String who) {
        Api.Response response = api.as(who).get("/api/v1/revisits/coverage",
                Map.of("from", "2026-11-01", "to", "2026-12-31"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String answerPath(JsonNode task) {
        return "/api/v1/revisits/" + task.get("id").asLong() + "/answer";
    }

    private Map<String, Object> answer(int satisfaction, boolean followedUp, String comment) {
        long template = api.as("agent").get("/api/v1/revisit-templates").json().valueStream()
                .filter(t -> t.get("code").asString().equals("repair")).findFirst().orElseThrow().get("id").asLong();
        Map<String, Object> answers = new HashMap<>();
        answers.put("satisfaction", satisfaction);
        answers.put("followedUp", followedUp);
        if (comment != null) {
            answers.put("comment", comment);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("templateId", template);
        body.put("method", "PHONE");
        body.put("answers", answers);
        return body;
    }
}
