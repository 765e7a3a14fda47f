package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * A defect's contractor and deadline (整改期限) set by the inspector over HTTP against PostgreSQL, on the test's
 * fixed clock (Tuesday 24 November 2026 in Shanghai): the deadline from the company's today to a year ahead, shown on
 * the finding and on the delivery board, which counts the open defects past their day as overdue and forgets them
 * once repaired; a settled defect keeps what it had; hostile input is a problem naming its field that changes
 * nothing; the other company and owners reach none of it.
 */
@EstateCareTest
class DefectAssignmentTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void theInspectorSetsTheContractorAndDeadlineWhichTheBoardShowsAndCountsOnceItHasPassed() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        long contractor = contractor(project, "华润建筑-" + System.nanoTime() % 1_000_000);
        long unit = InspectionWalkTests.unitOwnedBy(api, "owner", "DA1");
        long inspection = appoint(unit);
        long defect = defect(inspection);

        Api.Response assigned = assign(inspection, defect, Map.of("contractorId", contractor, "rectifyBy", "2026-11-30"));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        JsonNode finding = finding(assigned.json(), defect);
        assertThat(finding.get("contractorId").asLong()).isEqualTo(contractor);
        assertThat(finding.get("contractor").asString()).startsWith("华润建筑-");
        assertThat(finding.get("rectifyBy").asString()).isEqualTo("2026-11-30");
        JsonNode row = boardRow(project, unit);
        assertThat(row.get("nextRectifyBy").asString()).isEqualTo("2026-11-30");
        assertThat(row.get("overdueFindings").asInt()).isZero();

        clock.set(Instant.parse("2026-11-30T15:00:00Z")); // Monday 30 November 23:00 in Shanghai: due today, not late
        assertThat(boardRow(project, unit).get("overdueFindings").asInt()).isZero();
        clock.set(Instant.parse("2026-11-30T16:00:00Z")); // Tuesday 1 December in Shanghai: a day late
        assertThat(boardRow(project, unit).get("overdueFindings").asInt()).isEqualTo(1);
        long overdue = figures(project).get("findingsOverdue").asLong();
        assertThat(overdue).as("this defect at least").isPositive();
        Api.Response past = assign(inspection, defect, Map.of("contractorId", contractor, "rectifyBy", "2026-11-30"));
        assertThat(past.status()).as("yesterday on the application's clock").isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("rectifyBy");

        JsonNode delivered = api.as("engineer").post(InspectionWalkTests.walk(inspection) + "/deliver", Map.of()).json();
        given.walk(finding(delivered, defect).get("requestId").asLong(), "REPAIR", 5);
        assertThat(boardRow(project, unit).get("overdueFindings").asInt()).as("repaired: no longer late").isZero();
        assertThat(figures(project).get("findingsOverdue").asLong()).isEqualTo(overdue - 1);
        assertThat(api.as("engineer").post(InspectionWalkTests.walk(inspection) + "/findings/" + defect
                + "/reinspection", Map.of("passed", true)).status()).isEqualTo(200);
        Api.Response settled = assign(inspection, defect, Map.of("rectifyBy", "2026-12-20"));
        assertThat(settled.status()).as(settled.body()).isEqualTo(409);
        assertThat(settled.json().get("type").asString()).endsWith("reinspected");
        assertThat(finding(inspection(inspection), defect).get("rectifyBy").asString()).isEqualTo("2026-11-30");
    }

    @Test
    void noDeadlineGivenIsThePolicysAndTheBoundsAreTodayAndAYearAhead() {
        long inspection = appoint(InspectionWalkTests.unitOwnedBy(api, "owner", "DA2"));
        long defect = defect(inspection);

        JsonNode policy = assign(inspection, defect, Map.of()).json();
        // 15 working days after Tuesday 24 November 2026 on the business calendar
        assertThat(finding(policy, defect).get("rectifyBy").asString()).isEqualTo("2026-12-15");
        assertThat(finding(policy, defect).get("contractorId").isNull()).isTrue();
        for (String day : List.of("2026-11-24", "2027-11-24")) {
            Api.Response bound = assign(inspection, defect, Map.of("rectifyBy", day));
            assertThat(bound.status()).as(day + ": " + bound.body()).isEqualTo(200);
            assertThat(finding(bound.json(), defect).get("rectifyBy").asString()).isEqualTo(day);
        }
    }

    @Test
    void hostileAssignmentsAreProblemsNamingTheirFieldAndChangeNothing() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        long contractor = contractor(project, "中铁建工-" + System.nanoTime() % 1_000_000);
        long inspection = appoint(InspectionWalkTests.unitOwnedBy(api, "owner", "DA3"));
        long defect = defect(inspection);
        assign(inspection, defect, Map.of("contractorId", contractor, "rectifyBy", "2026-12-10"));
        long elsewhere = contractor(otherProject(project), "别处的施工队-" + System.nanoTime() % 1_000_000);

        List<Map.Entry<String, Map<String, Object>>> hostile = List.of(
                Map.entry("rectifyBy", Map.of("rectifyBy", "2026-11-23")),
                Map.entry("rectifyBy", Map.of("rectifyBy", "2027-11-25")),
                Map.entry("rectifyBy", Map.of("rectifyBy", "+999999999-12-31")),
                Map.entry("rectifyBy", Map.of("rectifyBy", "2026-13-45")),
                Map.entry("rectifyBy", Map.of("rectifyBy", "明天")),
                Map.entry("contractorId", Map.of("contractorId", Long.MAX_VALUE)),
                Map.entry("contractorId", Map.of("contractorId", -1)),
                Map.entry("contractorId", Map.of("contractorId", elsewhere)),
                Map.entry("contractorId", Map.of("contractorId", "施工队")),
                Map.entry("contractorId", Map.of("contractorId", "99999999999999999999999")));
        for (Map.Entry<String, Map<String, Object>> attempt : hostile) {
            Api.Response refused = assign(inspection, defect, attempt.getValue());
            assertThat(refused.status()).as(attempt.getValue() + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(attempt.getKey());
        }
        Api.Response english = api.as("engineer").english().put(assignment(inspection, defect),
                Map.of("rectifyBy", "2026-11-01"));
        assertThat(english.json().get("errors").get(0).get("reason").asString()).contains("2026-11-24", "2027-11-24")
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(send(inspection, defect, "{\"rectifyBy\": ").status()).as("broken JSON").isEqualTo(400);
        assertThat(send(inspection, defect, "x".repeat(200_000)).status()).as("huge").isEqualTo(400);

        JsonNode unchanged = finding(inspection(inspection), defect);
        assertThat(unchanged.get("contractorId").asLong()).isEqualTo(contractor);
        assertThat(unchanged.get("rectifyBy").asString()).isEqualTo("2026-12-10");
    }

    @Test
    void theOtherCompanyOwnersAndAnotherInspectionsDefectAreRefused() {
        long inspection = appoint(InspectionWalkTests.unitOwnedBy(api, "owner", "DA4"));
        long defect = defect(inspection);
        long other = appoint(InspectionWalkTests.unitOwnedBy(api, "owner", "DA5"));
        Map<String, Object> body = Map.of("rectifyBy", "2026-12-01");

        assertThat(api.as("hz-engineer").put(assignment(inspection, defect), body).status()).isEqualTo(404);
        assertThat(api.as("hz-manager").put(assignment(inspection, defect), body).status()).isEqualTo(404);
        assertThat(api.as("owner").put(assignment(inspection, defect), body).status()).isEqualTo(403);
        assertThat(api.as("hz-owner").put(assignment(inspection, defect), body).status()).isEqualTo(403);
        assertThat(api.as("engineer").put(assignment(other, defect), body).status()).as("not its defect")
                .isEqualTo(404);
        assertThat(api.as("engineer").put(assignment(inspection, Long.MAX_VALUE), body).status()).isEqualTo(404);
        assertThat(finding(inspection(inspection), defect).get("rectifyBy").asString()).as("unchanged")
                .isEqualTo("2026-12-15");
    }

    // ---- helpers ----

    private Api.Response assign(long inspection, long defect, Map<String, Object> body) {
        return api.as("engineer").put(assignment(inspection, defect), body);
    }

    private Api.Response send(long inspection, long defect, String raw) {
        Api.Caller engineer = api.as("engineer");
        return engineer.send(engineer.builder(assignment(inspection, defect)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(raw)));
    }

    private static String assignment(long inspection, long defect) {
        return InspectionWalkTests.walk(inspection) + "/findings/" + defect + "/assignment";
    }

    /** A failed measurement (hollow plaster over the standard): its defect, with the policy's deadline. */
    private long defect(long inspection) {
        Api.Response recorded = api.as("engineer").post(InspectionWalkTests.walk(inspection) + "/results",
                Map.of("results", List.of(InspectionWalkTests.measured("KITCHEN", "HOLLOW_AREA", 480, Map.of()))));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        return recorded.json().get("findings").get(0).get("id").asLong();
    }

    private JsonNode inspection(long inspection) {
        return api.as("engineer").get(InspectionWalkTests.walk(inspection)).json();
    }

    private static JsonNode finding(JsonNode inspection, long id) {
        return StreamSupport.stream(inspection.get("findings").spliterator(), false)
                .filter(f -> f.get("id").asLong() == id).findFirst().orElseThrow();
    }

    private JsonNode figures(long project) {
        return api.as("manager").get("/api/v1/delivery/projects/" + project + "/board?limit=1").json().get("figures");
    }

    /** The unit's row of the board: a new unit is the project's newest, on the first page. */
    private JsonNode boardRow(long project, long unit) {
        return StreamSupport.stream(api.as("manager").get("/api/v1/delivery/projects/" + project + "/board?limit=50")
                .json().get("units").get("items").spliterator(), false).filter(u -> u.get("unitId").asLong() == unit)
                .findFirst().orElseThrow();
    }

    private long contractor(long project, String name) {
        Api.Response added = api.as("manager").post("/api/v1/delivery/projects/" + project + "/contractors",
                Map.of("name", name, "trade", "土建"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    /** Another project of the same company, whose contractors are not this one's. */
    private long otherProject(long project) {
        return StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .mapToLong(p -> p.get("id").asLong()).filter(id -> id != project).findFirst().orElseThrow();
    }

    private long appoint(long unit) {
        Api.Response response = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unit, "appointedAt", "2026-12-01T02:00:00Z", "inspector", "张工"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
