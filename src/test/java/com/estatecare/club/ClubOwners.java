package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.estatecare.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * Owners made for a club test: a new customer who owns a new unit (handed over on a given day) in the first project
 * the company's agent sees, with a portal account of their own — so that no other test's data is touched.
 */
public final class ClubOwners {

    public static final String PASSWORD = "Lantern-Orchid-57";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** An owner as the test uses them: their customer id, how to call as them, their unit. */
    public record Owner(long customerId, Api.Caller caller, long unitId, String username) {
    }

    private ClubOwners() {
    }

    /** An owner of {@code agent}'s company ({@code agent} or {@code hz-agent}), handed over on {@code deliveredOn}. */
    public static Owner owner(Api api, String agent, String deliveredOn) {
        String tag = "club" + ProcessHandle.current().pid() + "x" + SEQUENCE.incrementAndGet() + "t" + System.nanoTime() % 100_000;
        JsonNode someUnit = api.as(agent).get("/api/v1/units?limit=1").json().get("items").get(0);
        var unit = api.as(agent).post("/api/v1/units", Map.of("buildingId", someUnit.get("buildingId").asLong(),
                "unitNo", tag, "deliveredOn", deliveredOn));
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        long unitId = unit.json().get("id").asLong();
        long projectId = someUnit.get("projectId").asLong();
        var customer = api.as(agent).post("/api/v1/customers", Map.of("name", "会员" + tag.substring(tag.length() - 4),
                "kind", "NEW_OWNER", "phone", "139" + String.format("%08d", Math.floorMod(tag.hashCode(), 100_000_000)),
                "projectId", projectId));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        long customerId = customer.json().get("id").asLong();
        var owns = api.as(agent).post("/api/v1/customers/" + customerId + "/ownerships",
                Map.of("unitId", unitId, "role", "OWNER"));
        assertThat(owns.status()).as(owns.body()).isEqualTo(201);
        long projectNode = api.as("admin").get("/api/v1/projects").json().valueStream()
                .filter(p -> p.get("id").asLong() == projectId).findFirst().orElseThrow().get("orgNodeId").asLong();
        var account = api.as("admin").post("/api/v1/accounts", Map.of("username", tag, "password", PASSWORD,
                "displayName", "业主", "orgNodeId", projectNode, "roles", List.of("OWNER"), "customerId", customerId));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return new Owner(customerId, api.basic(tag, PASSWORD), unitId, tag);
    }

    /** The owner joins from the portal with the consent text in force; answers the member. */
    public static JsonNode join(Owner owner) {
        String version = owner.caller().get("/api/v1/me/club").json().get("consent").get("version").asString();
        var joined = owner.caller().post("/api/v1/me/club/membership", Map.of("consentTextVersion", version));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        return joined.json();
    }
}
