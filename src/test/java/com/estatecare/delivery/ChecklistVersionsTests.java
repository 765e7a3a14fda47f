package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The list of a company's checklist versions over HTTP (what the checklist screen shows), and the result a defect
 * of the checklist came from (what the inspection's phone page links a failed item to): newest first, a page at a
 * time, the other company's versions apart, owners refused, hostile cursors and limits a 400 naming the field.
 */
@EstateCareTest
class ChecklistVersionsTests {

    @Autowired
    Api api;

    @Test
    void theVersionsAreListedNewestFirstAPageAtATimeEachCompanyItsOwn() {
        JsonNode current = api.as("manager").get("/api/v1/delivery/checklist").json();
        List<Object> items = new ArrayList<>();
        current.get("items").forEach(items::add);
        items.add(Map.of("code", "SILL_" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase(), "title",
                "窗台石无裂纹", "titleEn", "Window sill without cracks", "rooms", List.of("BEDROOM"), "componentCode",
                "WINDOW", "kind", "CHECK"));
        Api.Response changed = api.as("manager").put("/api/v1/delivery/checklist", Map.of("items", items));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        int newest = changed.json().get("version").asInt();

        JsonNode first = api.as("engineer").get("/api/v1/delivery/checklist/versions?limit=1").json();
        assertThat(first.get("items")).hasSize(1);
        JsonNode top = first.get("items").get(0);
        assertThat(top.get("version").asInt()).isGreaterThanOrEqualTo(newest);
        assertThat(top.get("itemCount").asInt()).isPositive();
        assertThat(top.get("changedAt").asString()).isNotBlank();
        String next = first.get("next").asString();
        JsonNode second = api.as("engineer").get("/api/v1/delivery/checklist/versions?limit=200&cursor=" + next).json();
        List<Integer> older = new ArrayList<>();
        second.get("items").forEach(v -> older.add(v.get("version").asInt()));
        assertThat(older).isSortedAccordingTo((a, b) -> b - a).doesNotContain(top.get("version").asInt())
                .contains(1);

        String shanghaiManager = changed.json().get("changedBy").asString();
        assertThat(shanghaiManager).isNotEqualTo(api.as("hz-manager").get("/api/v1/me").json().get("displayName").asString());
        JsonNode hangzhou = api.as("hz-manager").get("/api/v1/delivery/checklist/versions?limit=200").json();
        assertThat(hangzhou.get("items")).as("the other company's list is its own").isNotEmpty()
                .allSatisfy(v -> assertThat(v.get("changedBy").asString()).isNotEqualTo(shanghaiManager));
        assertThat(api.as("owner").get("/api/v1/delivery/checklist/versions").status()).isEqualTo(403);
    }

    @Test
    void hostileCursorsAndLimitsAreRefusedNamingTheField() {
        Api.Response cursor = api.as("engineer").get("/api/v1/delivery/checklist/versions?cursor=%27%3Bdrop");
        assertThat(cursor.status()).as(cursor.body()).isEqualTo(400);
        assertThat(cursor.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        for (String limit : List.of("0", "-1", "201", "99999999999")) {
            Api.Response refused = api.as("engineer").english().get("/api/v1/delivery/checklist/versions?limit=" + limit);
            assertThat(refused.status()).as(limit + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("limit");
        }
    }

    @Test
    void aDefectOfTheChecklistNamesTheResultItCameFrom() {
        long unit = InspectionWalkTests.unitOwnedBy(api, "owner", "CV");
        Api.Response appointed = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unit, "appointedAt", "2026-12-01T02:00:00Z", "inspector", "张工"));
        long inspection = appointed.json().get("id").asLong();
        Api.Response recorded = api.as("engineer").post("/api/v1/delivery/inspections/" + inspection + "/results",
                Map.of("results", List.of(InspectionWalkTests.checked("BEDROOM", "NO_CRACKS", true),
                        InspectionWalkTests.measured("KITCHEN", "HOLLOW_AREA", 401, Map.of()))));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonNode failed = recorded.json().get("results").get(1);
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(recorded.json().get("findings").get(0).get("resultId").asLong()).isEqualTo(failed.get("id").asLong());
    }
}
