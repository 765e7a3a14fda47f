package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * A delivery inspection's defects on their way to repair, over HTTP against PostgreSQL, on the test clock (24
 * November 2026): the repair a defect becomes carries the contractor responsible and the day to rectify by, told by
 * delivery at intake; the defect feedback (项目缺陷反馈) counts a defect from the day it is found, per project,
 * building and component, and once it is a repair by that repair alone, never twice; a defect withdrawn before it
 * is handed over no longer counts.
 */
@EstateCareTest
class DefectRepairTests {

    @Autowired
    Api api;

    @Test
    void theRepairOfADefectCarriesItsContractorAndDeadline() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        String name = "中建三局-" + System.nanoTime() % 1_000_000;
        long contractor = contractor(project, name);
        long inspection = appoint(unitIn(building(project)));
        long defect = hollow(inspection, "KITCHEN").get(0);
        Api.Response assigned = api.as("engineer").put(InspectionWalkTests.walk(inspection) + "/findings/" + defect
                + "/assignment", Map.of("contractorId", contractor, "rectifyBy", "2026-12-10"));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        JsonNode delivered = api.as("engineer").post(InspectionWalkTests.walk(inspection) + "/deliver", Map.of())
                .json();
        long request = finding(delivered, defect).get("requestId").asLong();
        JsonNode repair = api.as("agent").get("/api/v1/requests/" + request).json();
        assertThat(repair.get("rectification").get("contractor").asString()).isEqualTo(name);
        assertThat(repair.get("rectification").get("rectifyBy").asString()).isEqualTo("2026-12-10");
        assertThat(api.as("agent").get("/api/v1/requests/" + request + "/timeline").body())
                .as("on the intake's step").contains(name).contains("2026-12-10");
        assertThat(api.as("hz-agent").get("/api/v1/requests/" + request).status()).isEqualTo(404);
    }

    @Test
    void theDefectFeedbackCountsADefectFromWhenItIsFoundAndItsRepairNeverTwice() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        long building = building(project);
        long inspection = appoint(unitIn(building));
        long total = total();

        List<Long> defects = hollow(inspection, "KITCHEN", "BEDROOM");
        assertThat(total()).as("two defects found, none handed over").isEqualTo(total + 2);
        JsonNode group = group(building);
        assertThat(group.get("defects").asLong()).isEqualTo(2);
        assertThat(group.get("cause").asString()).isEqualTo("UNDETERMINED");
        assertThat(group.get("componentCode").asString()).isEqualTo(component(inspection, defects.get(0)));

        Api.Response passed = api.as("engineer").post(InspectionWalkTests.walk(inspection) + "/results",
                Map.of("results", List.of(InspectionWalkTests.measured("BEDROOM", "HOLLOW_AREA", 100, Map.of()))));
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        assertThat(total()).as("the bedroom's defect withdrawn").isEqualTo(total + 1);
        hollow(inspection, "BEDROOM");
        assertThat(total()).isEqualTo(total + 2);

        JsonNode delivered = api.as("engineer").post(InspectionWalkTests.walk(inspection) + "/deliver", Map.of())
                .json();
        assertThat(StreamSupport.stream(delivered.get("findings").spliterator(), false)
                .allMatch(f -> f.hasNonNull("requestId"))).as("all handed to repair").isTrue();
        assertThat(total()).as("each defect once: by its repair now").isEqualTo(total + 2);
        assertThat(group(building).get("defects").asLong()).isEqualTo(2);
        assertThat(api.as("engineer").post(InspectionWalkTests.walk(inspection) + "/deliver", Map.of()).status())
                .isEqualTo(200);
        assertThat(total()).as("delivered again: still once").isEqualTo(total + 2);
    }

    // ---- helpers ----

    private long total() {
        return report().get("defects").asLong();
    }

    private JsonNode report() {
        Api.Response report = api.as("manager").get("/api/v1/reports/defects?period=2026-11");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    private JsonNode group(long building) {
        return StreamSupport.stream(report().get("recurring").spliterator(), false)
                .filter(g -> g.get("buildingId").asLong() == building).findFirst().orElseThrow();
    }

    private String component(long inspection, long defect) {
        return finding(api.as("engineer").get(InspectionWalkTests.walk(inspection)).json(), defect)
                .get("componentCode").asString();
    }

    /** Hollow plaster over the standard in each room: the defects' ids, newest last. */
    private List<Long> hollow(long inspection, String... rooms) {
        List<Map<String, Object>> results = java.util.Arrays.stream(rooms)
                .map(room -> InspectionWalkTests.measured(room, "HOLLOW_AREA", 480, Map.of())).toList();
        Api.Response recorded = api.as("engineer").post(InspectionWalkTests.walk(inspection) + "/results",
                Map.of("results", results));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        return StreamSupport.stream(recorded.json().get("findings").spliterator(), false)
                .filter(f -> !f.hasNonNull("requestId")).map(f -> f.get("id").asLong()).sorted().toList();
    }

    private static JsonNode finding(JsonNode inspection, long id) {
        return StreamSupport.stream(inspection.get("findings").spliterator(), false)
                .filter(f -> f.get("id").asLong() == id).findFirst().orElseThrow();
    }

    private long building(long project) {
        Api.Response created = api.as("manager").post("/api/v1/buildings",
                Map.of("projectId", project, "name", "验房" + System.nanoTime() % 100_000_000 + "栋"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A unit of the building owned by the demo owner. */
    private long unitIn(long building) {
        Api.Response created = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", "D-" + System.nanoTime() % 100_000_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long unit = created.json().get("id").asLong();
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        assertThat(api.as("manager").post("/api/v1/customers/" + customer + "/ownerships",
                Map.of("unitId", unit, "role", "OWNER")).status()).isEqualTo(201);
        return unit;
    }

    private long contractor(long project, String name) {
        Api.Response added = api.as("manager").post("/api/v1/delivery/projects/" + project + "/contractors",
                Map.of("name", name, "trade", "土建"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private long appoint(long unit) {
        Api.Response response = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unit, "appointedAt", "2026-12-01T02:00:00Z", "inspector", "张工"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
