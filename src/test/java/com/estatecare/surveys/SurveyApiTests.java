package com.estatecare.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * Satisfaction surveys over HTTP against PostgreSQL: a campaign drawn from a project's owners and sent through the
 * outbox, the owner's answer once, the results, the sample a seed reproduces, and what is refused (another
 * company's owner, hostile sizes and ratings) without changing anything.
 */
@EstateCareTest
class SurveyApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void ownerAnswersSurveyOnceAndSeesOnlyTheSurveysAddressedToThem() {
        JsonNode campaign = launch("manager", Map.of("sampling", "ALL"), ownerProject("owner"));
        JsonNode mine = api.as("owner").get("/api/v1/me/surveys").json().valueStream()
                .filter(t -> t.get("campaignId").asLong() == campaign.get("id").asLong()).findFirst().orElseThrow();
        long target = mine.get("id").asLong();
        assertThat(mine.get("status").asString()).isEqualTo("SENT");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from outbound_message where event_key = :key and kind = 'SURVEY_INVITATION'")
                .param("key", "survey:" + target).query(Long.class).single() > 0);

        assertThat(api.as("hz-owner").get("/api/v1/me/surveys").json().valueStream()
                .noneMatch(t -> t.get("id").asLong() == target)).isTrue();
        assertThat(api.as("hz-owner").get("/api/v1/me/surveys/" + target).status()).isEqualTo(404);
        assertThat(api.as("hz-owner").post("/api/v1/me/surveys/" + target + "/answer", answers(5, "yes")).status())
                .isEqualTo(404);
        assertThat(api.as("hz-manager").get("/api/v1/survey-campaigns/" + campaign.get("id").asLong()).status())
                .isEqualTo(404);

        JsonNode form = api.as("owner").get("/api/v1/me/surveys/" + target).json().get("form");
        assertThat(form.get("code").asString()).isEqualTo("delivery");
        Api.Response answered = api.as("owner").post("/api/v1/me/surveys/" + target + "/answer", answers(4, "yes"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("answeredVia").asString()).isEqualTo("PORTAL");
        assertThat(api.as("owner").post("/api/v1/me/surveys/" + target + "/answer", answers(4, "yes")).status())
                .as("the same answer again is the same answer").isEqualTo(200);
        Api.Response changed = api.as("owner").english().post("/api/v1/me/surveys/" + target + "/answer", answers(1, "no"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("title").asString()).isEqualTo("Survey already answered");

        JsonNode results = api.as("manager").get("/api/v1/survey-campaigns/" + campaign.get("id").asLong() + "/results")
                .json();
        assertThat(results.get("total").get("answered").asLong()).isEqualTo(1);
        assertThat(results.get("total").get("satisfiedRate").decimalValue()).isEqualByComparingTo("1");
        JsonNode satisfaction = results.get("questions").valueStream()
                .filter(q -> q.get("key").asString().equals("satisfaction")).findFirst().orElseThrow();
        assertThat(satisfaction.get("values").get(3).get("count").asLong()).as("one rating of 4").isEqualTo(1);
        assertThat(results.get("total").get("targets").asLong()).isEqualTo(campaign.get("targets").asLong());
    }

    @Test
    void samplingWithSameSeedGivesSameTargetsOverHttp() {
        long project = ownerProject("owner");
        Map<String, Object> sample = Map.of("sampling", "COUNT", "sampleSize", 2, "seed", 20261126L);
        List<Long> first = customers(launch("manager", sample, project));
        List<Long> second = customers(launch("manager", sample, project));
        assertThat(first).hasSize(2).isEqualTo(second);
        JsonNode listed = api.as("manager").get("/api/v1/survey-campaigns").json().get(0);
        assertThat(listed.get("seed").asString()).isEqualTo("20261126");
        assertThat(listed.get("targets").asLong()).isEqualTo(2);
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldAndChangesNothing() {
        long project = ownerProject("owner");
        long before = jdbc.sql("select count(*) from survey_campaign").query(Long.class).single();
        Api.Response negative = api.as("manager").post("/api/v1/survey-campaigns",
                body(Map.of("sampling", "COUNT", "sampleSize", -5), project));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(fields(negative)).containsExactly("sampleSize");
        assertThat(negative.json().get("errors").get(0).get("reason").asString()).isEqualTo("必须在 1 到 5,000 之间");
        Api.Response huge = api.as("manager").english().post("/api/v1/survey-campaigns",
                body(Map.of("sampling", "COUNT", "sampleSize", 2_000_000_000), project));
        assertThat(fields(huge)).containsExactly("sampleSize");
        assertThat(huge.json().get("errors").get(0).get("reason").asString()).startsWith("must be");
        Api.Response otherCompany = api.as("manager").post("/api/v1/survey-campaigns",
                body(Map.of("sampling", "ALL"), ownerProject("hz-owner")));
        assertThat(otherCompany.status()).isEqualTo(422);
        assertThat(api.as("owner").post("/api/v1/survey-campaigns", body(Map.of("sampling", "ALL"), project)).status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from survey_campaign").query(Long.class).single()).isEqualTo(before);

        JsonNode campaign = launch("manager", Map.of("sampling", "ALL"), project);
        JsonNode target = api.as("manager").get("/api/v1/survey-campaigns/" + campaign.get("id").asLong() + "/targets")
                .json().get("items").get(0);
        String path = "/api/v1/survey-campaigns/" + campaign.get("id").asLong() + "/targets/" + target.get("id").asLong()
                + "/answer";
        for (int rating : new int[] { 0, 99 }) {
            Api.Response zh = api.as("agent").post(path, answers(rating, "yes"));
            assertThat(zh.status()).isEqualTo(400);
            assertThat(fields(zh)).containsExactly("answers.satisfaction");
            assertThat(zh.json().get("errors").get(0).get("reason").asString()).isEqualTo("必须在 1 到 5 之间");
        }
        assertThat(api.as("hz-agent").post(path, answers(5, "yes")).status()).isEqualTo(404);
        assertThat(api.as("manager").get("/api/v1/survey-campaigns/" + campaign.get("id").asLong() + "/targets").json()
                .get("items").get(0).get("status").asString()).isEqualTo("SENT");
        Api.Response byPhone = api.as("agent").post(path, answers(3, "maybe"));
        assertThat(byPhone.status()).as(byPhone.body()).isEqualTo(200);
        assertThat(byPhone.json().get("answeredVia").asString()).isEqualTo("STAFF");
    }

    @Test
    void staffEnteringAnAnswerByPhoneReadTheVersionTheCampaignWasSentWith() {
        String code = "phone-" + System.nanoTime() % 1_000_000;
        Map<String, Object> question = new HashMap<>(Map.of("key", "overall", "type", "SCALE", "text", "总体满意度",
                "textEn", "Overall satisfaction", "required", true, "measures", "SATISFACTION"));
        Api.Response first = api.as("manager").put("/api/v1/survey-templates/" + code,
                Map.of("name", "电话回访问卷", "nameEn", "Phone questionnaire", "questions", List.of(question)));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Map<String, Object> body = body(Map.of("sampling", "ALL"), ownerProject("owner"));
        body.put("templateId", first.json().get("id").asLong());
        Api.Response launched = api.as("manager").post("/api/v1/survey-campaigns", body);
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        long campaign = launched.json().get("id").asLong();
        question.put("text", "您对服务总体是否满意");
        Api.Response second = api.as("manager").put("/api/v1/survey-templates/" + code,
                Map.of("name", "电话回访问卷", "nameEn", "Phone questionnaire", "questions", List.of(question)));
        assertThat(second.json().get("version").asInt()).isEqualTo(2);

        JsonNode form = api.as("agent").get("/api/v1/survey-campaigns/" + campaign + "/form").json();
        assertThat(form.get("version").asInt()).as("the version sent, not the one in force").isEqualTo(1);
        assertThat(form.get("questions").get(0).get("text").asString()).isEqualTo("总体满意度");
        assertThat(api.as("hz-agent").get("/api/v1/survey-campaigns/" + campaign + "/form").status()).isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/survey-campaigns/" + campaign + "/form").status()).isEqualTo(403);
        assertThat(api.as("agent").get("/api/v1/survey-campaigns/-1/form").status()).isEqualTo(404);
        assertThat(api.as("agent").get("/api/v1/survey-campaigns/abc/form").status()).isEqualTo(400);
    }

    private JsonNode launch(String who, Map<String, Object> sampling, long project) {
        Api.Response response = api.as(who).post("/api/v1/survey-campaigns", body(sampling, project));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private Map<String, Object> body(Map<String, Object> sampling, long project) {
        Map<String, Object> body = new HashMap<>(sampling);
        body.put("name", "交付满意度调查 " + System.nanoTime());
        body.put("templateId", template("delivery"));
        body.put("milestone", "AFTER_DELIVERY");
        body.put("audience", "ALL_OWNERS");
        body.put("projectIds", List.of(project));
        body.put("dueOn", LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(30).toString());
        return body;
    }

    private long template(String code) {
        return api.as("manager").get("/api/v1/survey-templates").json().valueStream()
                .filter(t -> t.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }

    private long ownerProject(String owner) {
        long home = api.homeOf(owner);
        return api.as(owner).get("/api/v1/units?limit=200").json().get("items").valueStream()
                .filter(u -> u.get("id").asLong() == home).findFirst().orElseThrow().get("projectId").asLong();
    }

    private List<Long> customers(JsonNode campaign) {
        return api.as("manager").get("/api/v1/survey-campaigns/" + campaign.get("id").asLong() + "/targets").json()
                .get("items").valueStream().map(t -> t.get("customerId").asLong()).toList();
    }

    private static Map<String, Object> answers(int rating, String recommend) {
        return Map.of("answers", Map.of("satisfaction", rating, "quality", 4, "recommend", recommend));
    }

    private static List<String> fields(Api.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
