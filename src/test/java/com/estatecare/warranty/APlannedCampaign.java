package com.estatecare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.estatecare.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * A maintenance campaign (定期保养) planned over a new building of 翠湖苑 with two units, the first owned by the
 * demo owner: its planned visits to the owner's unit and to the other one. Shared by the HTTP and browser tests.
 */
public final class APlannedCampaign {

    /** The campaign, the visit to the demo owner's unit and the visit to the other unit. */
    public record Planned(long campaign, long ownersVisit, long otherVisit) {
    }

    private APlannedCampaign() {
    }

    public static Planned plan(Api api) {
        long project = api.as("manager").get("/api/v1/projects").json().valueStream()
                .filter(p -> p.get("name").asString().equals("翠湖苑")).findFirst().orElseThrow().get("id").asLong();
        Api.Response building = api.as("manager").post("/api/v1/buildings",
                Map.of("projectId", project, "name", "保养" + System.nanoTime() % 100_000_000 + "栋"));
        assertThat(building.status()).as(building.body()).isEqualTo(201);
        long buildingId = building.json().get("id").asLong();
        long owners = unit(api, buildingId, "V");
        unit(api, buildingId, "W");
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        assertThat(api.as("manager").post("/api/v1/customers/" + customer + "/ownerships",
                Map.of("unitId", owners, "role", "OWNER")).status()).isEqualTo(201);
        Api.Response planned = api.as("manager").post("/api/v1/campaigns", Map.of("projectId", project,
                "buildingIds", List.of(buildingId), "componentCode", "BATHROOM_WATERPROOFING",
                "title", "卫生间防水年检", "startsOn", "2026-11-30", "endsOn", "2026-12-01"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long campaign = planned.json().get("id").asLong();
        JsonNode visits = api.as("manager").get("/api/v1/campaigns/" + campaign + "/visits").json().get("items");
        long ownersVisit = visits.valueStream().filter(v -> v.get("unitId").asLong() == owners).findFirst()
                .orElseThrow().get("id").asLong();
        long otherVisit = visits.valueStream().filter(v -> v.get("unitId").asLong() != owners).findFirst()
                .orElseThrow().get("id").asLong();
        return new Planned(campaign, ownersVisit, otherVisit);
    }

    private static long unit(Api api, long building, String prefix) {
        Api.Response created = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", prefix + "-" + System.nanoTime() % 100_000_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
