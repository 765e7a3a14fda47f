package com.estatecare.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * City hotline cases (12345) over HTTP against PostgreSQL: registered as a complaint with two deadlines on the
 * business calendar, the reply drafted and approved by another manager, contact stopped by the request's response,
 * seen by nobody outside the branch, and hostile forms refused with nothing created.
 */
@EstateCareTest
class HotlineCaseTests {

    private static final String PATH = "/api/v1/hotline-cases";

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hotlineReplyIsDueFiveWorkingDaysLater() {
        // forwarded on Tuesday 24 November 2026, 10:00 in Shanghai (the test clock)
        JsonNode created = register(form(caseNumber()));
        assertThat(created.get("contact").get("dueAt").asString()).isEqualTo("2026-11-25T02:00:00Z");
        assertThat(created.get("reply").get("dueAt").asString()).isEqualTo("2026-12-01T02:00:00Z");
        assertThat(created.get("reply").get("state").asString()).isEqualTo("RUNNING");
        assertThat(created.get("citizenPhone").asString()).isEqualTo("139****0000");

        JsonNode request = given.get(created.get("requestId").asLong());
        assertThat(request.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(request.get("channel").asString()).isEqualTo("CITY_HOTLINE");
        assertThat(request.get("hotlineCase").get("caseNumber").asString())
                .isEqualTo(created.get("caseNumber").asString());

        // two working hours before the contact deadline it warns; at the reply deadline both are overdue
        clock.set(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(get(created).get("contact").get("state").asString()).isEqualTo("WARNING");
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        JsonNode overdue = get(created);
        assertThat(overdue.get("contact").get("state").asString()).isEqualTo("BREACHED");
        assertThat(overdue.get("reply").get("state").asString()).isEqualTo("BREACHED");
        assertThat(api.as("agent").get(PATH + "?state=OVERDUE").json().valueStream()
                .map(c -> c.get("id").asLong())).contains(created.get("id").asLong());
    }

    @Test
    void theReplyIsDraftedThenApprovedByAManagerWhoDidNotDraftIt() {
        JsonNode created = register(form(caseNumber()));
        long id = created.get("id").asLong();
        long request = created.get("requestId").asLong();
        // the handler's response on the complaint reaches the citizen: the contact deadline is met
        given.act(request, "agent", "classify", Map.of("category", "ENGINEERING_QUALITY"));
        given.act(request, "agent", "dispatch", given.body("dispatch", "COMPLAINT"));
        given.act(request, "handler", "respond", given.body("respond", "COMPLAINT"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "MET".equals(get(created).get("contact").get("state").asString()));

        JsonNode drafted = step(id, "handler", "reply/draft", Map.of("text", "已联系市民并安排维修，预计 12 月 3 日完成。"));
        assertThat(drafted.get("replyState").asString()).isEqualTo("DRAFTED");
        Api.Response early = api.as("handler").post(PATH + "/" + id + "/reply/approve", Map.of());
        assertThat(early.status()).isEqualTo(403);
        JsonNode approved = step(id, "manager", "reply/approve", Map.of());
        assertThat(approved.get("replyState").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("reply").get("state").asString()).isEqualTo("MET");
        assertThat(approved.get("repliedAt").asString()).isEqualTo("2026-11-24T02:00:00Z");
        Api.Response again = api.as("manager").english().post(PATH + "/" + id + "/reply/draft", Map.of("text", "x"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("title").asString()).isEqualTo("Reply already approved");
        assertThat(api.as("agent").get("/api/v1/requests/" + request + "/timeline").json().valueStream()
                .map(e -> e.get("action").asString())).contains("HOTLINE_CASE", "HOTLINE_REPLY");

        // a manager who drafted cannot approve their own draft (四眼原则), in either language
        long other = register(form(caseNumber())).get("id").asLong();
        step(other, "manager", "reply/draft", Map.of("text", "已处理"));
        for (Api.Caller manager : List.of(api.as("manager"), api.as("manager").english())) {
            Api.Response own = manager.post(PATH + "/" + other + "/reply/approve", Map.of());
            assertThat(own.status()).as(own.body()).isEqualTo(403);
            assertThat(own.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.as("manager").english().post(PATH + "/" + other + "/reply/approve", Map.of()).json()
                .get("title").asString()).isEqualTo("You cannot approve your own draft");
    }

    @Test
    void ownersOtherCompaniesAndEngineersNeverSeeAHotlineCase() {
        JsonNode created = register(form(caseNumber()));
        String one = PATH + "/" + created.get("id").asLong();
        assertThat(api.as("owner").get(PATH).status()).isEqualTo(403);
        assertThat(api.as("owner").get(one).status()).isEqualTo(403);
        assertThat(api.as("engineer").get(one).status()).isEqualTo(403);
        assertThat(api.as("hz-manager").get(one).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get(PATH).body()).doesNotContain(created.get("caseNumber").asString());
        assertThat(api.as("hz-manager").post(one + "/reply/draft", Map.of("text", "x")).status()).isEqualTo(404);
        assertThat(api.as("handler").post(PATH, form(caseNumber())).status()).isEqualTo(403);
    }

    @Test
    void hostileCasesAreRefusedWithAProblemAndCreateNothing() {
        String number = caseNumber();
        register(form(number));
        for (Api.Caller agent : List.of(api.as("agent"), api.as("agent").english())) {
            Api.Response duplicate = agent.post(PATH, form(number));
            assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
            assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");
            assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("caseNumber");
        }
        assertThat(jdbc.sql("select count(*) from hotline_case where case_number = :n").param("n", number)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from request where description like :d").param("d", "%" + number + "%")
                .query(Long.class).single()).isEqualTo(1);

        assertRefused(with(form(caseNumber()), "citizenPhone", "12345"), "citizenPhone");
        assertRefused(with(form(caseNumber()), "caseNumber", "12345 <script>"), "caseNumber");
        assertRefused(with(form(caseNumber()), "text", "投".repeat(3801)), "text");
        assertRefused(with(form(caseNumber()), "forwardedAt", "2026-11-25T02:00:00Z"), "forwardedAt");
        assertRefused(with(form(caseNumber()), "replyWorkingDays", 0), "replyWorkingDays");
        assertRefused(with(form(caseNumber()), "contactWorkingDays", 31), "contactWorkingDays");
        Api.Response huge = api.as("agent").post(PATH, with(form(caseNumber()), "text", "x".repeat(100_000)));
        assertThat(huge.status()).isEqualTo(413);
        Api.Response blankDraft = api.as("handler").english().post(PATH + "/1/reply/draft", Map.of("text", " "));
        assertThat(blankDraft.status()).isEqualTo(400);
    }

    private void assertRefused(Map<String, Object> form, String field) {
        for (Api.Caller caller : List.of(api.as("agent"), api.as("agent").english())) {
            Api.Response response = caller.post(PATH, form);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(response.body()).contains(field);
        }
        assertThat(jdbc.sql("select count(*) from hotline_case where case_number = :n")
                .param("n", String.valueOf(form.get("caseNumber"))).query(Long.class).single()).isZero();
    }

    private JsonNode register(Map<String, Object> form) {
        Api.Response response = api.as("agent").post(PATH, form);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private JsonNode get(JsonNode created) {
        return api.as("manager").get(PATH + "/" + created.get("id").asLong()).json();
    }

    private JsonNode step(long id, String who, String step, Map<String, ?> body) {
        Api.Response response = api.as(who).post(PATH + "/" + id + "/" + step, body);
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private Map<String, Object> form(String number) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("caseNumber", number);
        form.put("category", "住房质量");
        form.put("citizenName", "市民李女士");
        form.put("citizenPhone", "13900000000");
        form.put("text", "交房三个月外墙渗水，多次报修未处理，要求尽快维修。");
        form.put("unitId", given.unit().get("id").asLong());
        return form;
    }

    private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    private static String caseNumber() {
        return "SH12345-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
