package com.estatecare.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * Defect feedback and contingency plans over HTTP: a repair counted where it happened, the heat map and the
 * report; a plan linked to a collective complaint when it is graded; the other company and owners see none of it.
 */
@EstateCareTest
class DefectAndPlanApiTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRepairIsCountedByBuildingFloorComponentAndCause() {
        // the demo owner's home, handed over long enough ago to be in warranty (other classes add new units)
        JsonNode unit = api.as("owner").get("/api/v1/units/" + api.homeOf("owner")).json();
        long projectId = unit.get("projectId").asLong();
        Map<String, Object> body = given.repairBody(unit.get("id").asLong());
        body.put("componentCode", "EXTERIOR_WALL");
        long repair = given.register(body);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from defect_record where request_id = :id").param("id", repair)
                .query(Long.class).single() == 1);
        given.walk(repair, "REPAIR", 5); // … completed in warranty
        await().atMost(Duration.ofSeconds(20)).until(() -> "IN_WARRANTY".equals(jdbc
                .sql("select cause from defect_record where request_id = :id").param("id", repair)
                .query(String.class).single()));

        JsonNode heat = api.as("manager").get("/api/v1/defects/heatmap", Map.of("projectId", projectId, "by",
                "COMPONENT")).json();
        int row = heat.get("buildings").valueStream().map(JsonNode::asString).toList()
                .indexOf(unit.get("building").asString());
        int col = heat.get("columns").valueStream().map(JsonNode::asString).toList().indexOf("EXTERIOR_WALL");
        assertThat(row).isNotNegative();
        assertThat(col).isNotNegative();
        long cell = heat.get("cells").valueStream().filter(c -> c.get(0).asInt() == col && c.get(1).asInt() == row)
                .findFirst().orElseThrow().get(2).asLong();
        assertThat(cell).isGreaterThanOrEqualTo(1);
        assertThat(count(projectId, unit.get("buildingId").asLong())).isGreaterThanOrEqualTo(1);
        JsonNode floors = api.as("manager").get("/api/v1/defects/heatmap", Map.of("projectId", projectId)).json();
        assertThat(floors.get("by").asString()).isEqualTo("FLOOR");

        JsonNode trend = api.as("manager").get("/api/v1/defects/trend", Map.of("projectId", projectId)).json();
        assertThat(trend.size()).isEqualTo(12);
        assertThat(trend.get(11).get("defects").asLong()).isGreaterThanOrEqualTo(1);

        Api.Response csv = api.as("manager").get("/api/v1/defects/report.csv", Map.of("projectId", projectId));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF楼盘,楼栋,部位,原因").contains("外墙").contains("保修期内");
        assertThat(api.as("manager").english().get("/api/v1/defects/report.csv", Map.of("projectId", projectId))
                .body()).contains("Exterior wall");

        assertThat(api.as("hz-manager").get("/api/v1/defects/heatmap", Map.of("projectId", projectId)).status())
                .isEqualTo(404);
        assertThat(api.as("hz-manager").get("/api/v1/defects").json().valueStream()
                .noneMatch(g -> g.get("projectId").asLong() == projectId)).isTrue();
        assertThat(api.as("owner").get("/api/v1/defects").status()).isEqualTo(403);
        Api.Response backwards = api.as("manager").english().get("/api/v1/defects",
                Map.of("from", "2026-12-01", "to", "2026-01-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(api.as("manager").get("/api/v1/defects/heatmap", Map.of("projectId", projectId, "by", "ROOF"))
                .status()).isEqualTo(400);
        assertThat(api.as("manager").get("/api/v1/defects", Map.of("from", "2020-01-01", "to", "2026-01-01"))
                .status()).as("more than two years").isEqualTo(400);
    }

    @Test
    void aCollectiveComplaintGradedBringsUpThePlanOfItsCategoryAndWords() {
        Map<String, Object> plan = new HashMap<>(Map.of("title", "暴雨后地库渗漏预案", "category", "ENGINEERING_QUALITY",
                "triggerDescription", "暴雨后多户业主反映地下车库渗水",
                "steps", List.of("启动预案，通知工程部", "24 小时内现场查勘", "统一答复业主"),
                "responsibleRoles", List.of("MANAGER", "HANDLER")));
        Api.Response created = api.as("manager").post("/api/v1/contingency-plans", plan);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long planId = created.json().get("id").asLong();
        assertThat(api.as("hz-manager").get("/api/v1/contingency-plans/" + planId).status()).isEqualTo(404);
        assertThat(api.as("agent").post("/api/v1/contingency-plans", plan).status()).isEqualTo(403);
        Map<String, Object> noSteps = new HashMap<>(plan);
        noSteps.put("steps", List.of());
        Api.Response refused = api.as("manager").english().post("/api/v1/contingency-plans", noSteps);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("steps");

        Map<String, Object> otherBody = given.complaintBody(given.unit().get("id").asLong());
        otherBody.put("category", "SALES_MANAGEMENT");
        otherBody.put("complainantCount", 4);
        otherBody.put("description", "销售承诺的学区名额未兑现，四户业主联名投诉");
        long other = given.register(otherBody);
        Map<String, Object> body = given.complaintBody(given.unit().get("id").asLong());
        body.put("complainantCount", 4);
        body.put("description", "暴雨后地下车库大面积渗水，四户业主联名投诉");
        long collective = given.register(body);
        await().atMost(Duration.ofSeconds(20)).until(() -> given.get(collective).has("contingencyPlans"));
        assertThat(given.get(collective).get("contingencyPlans").valueStream().map(p -> p.get("id").asLong()).toList())
                .contains(planId);

        await().atMost(Duration.ofSeconds(20)).until(() -> given.get(other).has("grade"));
        assertThat(given.get(other).has("contingencyPlans"))
                .as("collective, but of another category and nothing in common with the plan").isFalse();

        Map<String, Object> change = new HashMap<>(plan);
        change.put("active", false);
        change.put("version", created.json().get("version").asLong());
        assertThat(api.as("manager").put("/api/v1/contingency-plans/" + planId, change).json().get("active")
                .asBoolean()).isFalse();
        assertThat(api.as("manager").put("/api/v1/contingency-plans/" + planId, change).status()).isEqualTo(409);
    }

    private long count(long projectId, long buildingId) {
        return api.as("manager").get("/api/v1/defects", Map.of("projectId", projectId)).json().valueStream()
                .filter(g -> g.get("buildingId").asLong() == buildingId).mapToLong(g -> g.get("defects").asLong())
                .sum();
    }
}
