package com.estatecare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * Maintenance campaigns (定期保养) over HTTP against PostgreSQL, the test clock on Tuesday 24 November 2026: visits
 * planned on the working days of the period, worked from the engineers' list, rated once by the unit's owner, the
 * progress figures moving; the other company sees nothing; hostile plans store nothing.
 */
@EstateCareTest
class CampaignTests {

    @Autowired
    Api api;

    @Test
    void aCampaignPlansAVisitPerUnitOnWorkingDaysAndCountsVisitsDoneAndOwnersRatings() {
        long project = project();
        long building = freshBuilding(project);
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            units.add(unit(building, "C" + i));
        }
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        assertThat(api.as("manager").post("/api/v1/customers/" + customer + "/ownerships",
                Map.of("unitId", units.get(0), "role", "OWNER")).status()).isEqualTo(201);

        // Saturday 28 November to Friday 4 December: five working days
        Api.Response planned = api.as("manager").post("/api/v1/campaigns", body(project, building, "2026-11-28",
                "2026-12-04"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long campaign = planned.json().get("id").asLong();
        assertThat(planned.json().get("visits").asLong()).isEqualTo(4);
        JsonNode visits = api.as("manager").get("/api/v1/campaigns/" + campaign + "/visits").json().get("items");
        List<LocalDate> days = StreamSupport.stream(visits.spliterator(), false)
                .map(v -> LocalDate.parse(v.get("plannedOn").asString())).toList();
        assertThat(days).doesNotHaveDuplicates().allSatisfy(d -> assertThat(d.getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)).allSatisfy(d -> assertThat(d)
                .isBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4)));

        long owners = StreamSupport.stream(visits.spliterator(), false)
                .filter(v -> v.get("unitId").asLong() == units.get(0)).findFirst().orElseThrow().get("id").asLong();
        assertThat(api.as("owner").post("/api/v1/campaigns/visits/" + owners + "/rating", Map.of("rating", 5))
                .status()).as("not done yet").isEqualTo(409);
        Api.Response done = api.as("engineer").post("/api/v1/campaigns/visits/" + owners + "/done",
                Map.of("note", "已检查"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(api.as("hz-owner").post("/api/v1/campaigns/visits/" + owners + "/rating", Map.of("rating", 1))
                .status()).isEqualTo(404);
        assertThat(api.as("owner").post("/api/v1/campaigns/visits/" + owners + "/rating", Map.of("rating", 5))
                .status()).isEqualTo(200);
        assertThat(api.as("owner").post("/api/v1/campaigns/visits/" + owners + "/rating", Map.of("rating", 1))
                .status()).as("once").isEqualTo(409);
        assertThat(ids(api.as("owner").get("/api/v1/campaigns/my-visits").json())).contains(owners);

        JsonNode progress = StreamSupport.stream(api.as("manager").get("/api/v1/campaigns").json().spliterator(), false)
                .filter(c -> c.get("id").asLong() == campaign).findFirst().orElseThrow();
        assertThat(progress.get("done").asLong()).isEqualTo(1);
        assertThat(progress.get("rated").asLong()).isEqualTo(1);
        assertThat(progress.get("averageRating").asDouble()).isEqualTo(5.0);
        assertThat(ids(api.as("hz-manager").get("/api/v1/campaigns").json())).doesNotContain(campaign);
        assertThat(api.as("hz-manager").get("/api/v1/campaigns/" + campaign + "/visits").status()).isEqualTo(404);
        assertThat(api.as("hz-engineer").post("/api/v1/campaigns/visits/" + owners + "/done", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void hostilePlansAreProblemsNamingTheFieldAndStoreNothing() {
        long project = project();
        long building = freshBuilding(project);
        unit(building, "H");
        int before = api.as("manager").get("/api/v1/campaigns").json().size();
        Map<String, Map<String, Object>> hostile = new HashMap<>();
        hostile.put("endsOn", body(project, building, "2026-12-05", "2026-12-06")); // a weekend
        hostile.put("endsOn ", body(project, building, "2026-12-10", "2026-12-01"));
        hostile.put("endsOn  ", body(project, building, "2026-12-01", "2028-12-01"));
        hostile.put("startsOn", body(project, building, "2026-11-01", "2026-12-01"));
        Map<String, Object> unknown = body(project, building, "2026-12-01", "2026-12-31");
        unknown.put("componentCode", "NO_SUCH_PART");
        hostile.put("componentCode", unknown);
        Map<String, Object> none = body(project, building, "2026-12-01", "2026-12-31");
        none.put("buildingIds", List.of());
        hostile.put("buildingIds", none);
        Map<String, Object> elsewhere = body(project, building, "2026-12-01", "2026-12-31");
        elsewhere.put("buildingIds", List.of(otherProjectsBuilding(project)));
        hostile.put("buildingIds ", elsewhere);
        hostile.forEach((field, body) -> {
            Api.Response refused = api.as("manager").post("/api/v1/campaigns", body);
            assertThat(refused.status()).as(field + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains(field.strip());
        });
        assertThat(api.as("engineer").post("/api/v1/campaigns", body(project, building, "2026-12-01", "2026-12-31"))
                .status()).isEqualTo(403);
        assertThat(api.as("manager").get("/api/v1/campaigns").json().size()).as("nothing stored").isEqualTo(before);
    }

    // ---- helpers ----

    private static Map<String, Object> body(long project, long building, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("projectId", project);
        body.put("buildingIds", List.of(building));
        body.put("componentCode", "BATHROOM_WATERPROOFING");
        body.put("title", "卫生间防水年检");
        body.put("startsOn", from);
        body.put("endsOn", to);
        return body;
    }

    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(i -> i.get("id").asLong()).toList();
    }

    private long project() {
        return StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals("翠湖苑")).findFirst().orElseThrow().get("id").asLong();
    }

    private long otherProjectsBuilding(long project) {
        JsonNode other = StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("id").asLong() != project).findFirst().orElseThrow();
        return api.as("manager").get("/api/v1/projects/" + other.get("id").asLong() + "/buildings").json().get(0)
                .get("id").asLong();
    }

    private long freshBuilding(long project) {
        Api.Response created = api.as("manager").post("/api/v1/buildings",
                Map.of("projectId", project, "name", "保养" + System.nanoTime() % 100_000_000 + "栋"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long unit(long building, String prefix) {
        Api.Response created = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", prefix + "-" + System.nanoTime() % 100_000_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
