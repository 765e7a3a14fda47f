package com.estatecare.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.OwnDatabase;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/** Staff see what lies under their organisation node; owners see only their own (SPEC §1, §13). */
@EstateCareTest
@OwnDatabase
class OrganisationScopeTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void secondCompanyRegistersItsFirstRequest() {
        clock.set(Instant.parse("2031-03-04T02:00:00Z"));
        long shanghaiUnit = given.unit().get("id").asLong();
        long hangzhouUnit = api.as("hz-agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("id").asLong();
        String shanghaiFirst = api.as("agent").post("/api/v1/requests", given.repairBody(shanghaiUnit)).json()
                .get("number").asString();

        var byAgent = api.as("hz-agent").post("/api/v1/requests", given.repairBody(hangzhouUnit));
        long ownersUnit = api.homeOf("hz-owner");
        var byOwner = api.as("hz-owner").post("/api/v1/requests", Map.of("kind", "REPAIR", "channel", "PORTAL",
                "unitId", ownersUnit, "category", "FACILITY_FAILURE", "description", "阳台推拉门卡住"));
        var byAdmin = api.as("admin").post("/api/v1/requests", given.repairBody(hangzhouUnit));

        assertThat(byAgent.status()).as(byAgent.body()).isEqualTo(201);
        assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(201);
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(201);
        assertThat(byAgent.json().get("number").asString()).as("numbers count per company")
                .isEqualTo(shanghaiFirst).isEqualTo("BX-20310304-0001");
        assertThat(byOwner.json().get("number").asString()).isEqualTo("BX-20310304-0002");
        assertThat(byAdmin.json().get("number").asString()).isEqualTo("BX-20310304-0003");
        assertThat(api.as("admin").get("/api/v1/requests", Map.of("q", shanghaiFirst)).json().get("items")
                .valueStream().map(i -> i.get("id").asLong()))
                .as("the same number in both companies").hasSize(2).contains(byAgent.json().get("id").asLong());
    }

    @Test
    void agentsOfOneCompanySeeNothingOfTheOther() {
        Api.Caller stranger = api.as("hz-agent");
        long demoRequest = given.register(given.repairBody(given.unit().get("id").asLong()));
        String demoNumber = given.get(demoRequest).get("number").asString();
        JsonNode customer = api.as("agent").get("/api/v1/customers?limit=1").json().get("items").get(0);
        long hangzhouUnit = stranger.get("/api/v1/units?limit=1").json().get("items").get(0).get("id").asLong();
        var theirs = stranger.post("/api/v1/requests", given.repairBody(hangzhouUnit));
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);

        assertThat(stranger.get("/api/v1/requests/" + demoRequest).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/requests/" + demoRequest + "/timeline").status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/requests/" + demoRequest + "/actions/note", Map.of("note", "x")).status())
                .isEqualTo(404);
        assertThat(stranger.get("/api/v1/customers/" + customer.get("id").asLong()).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/requests", Map.of("q", demoNumber)).json().get("items").valueStream()
                .map(i -> i.get("id").asLong())).doesNotContain(demoRequest);
        assertThat(stranger.get("/api/v1/requests?limit=200").json().get("items").valueStream()
                .map(i -> i.get("unit").asString())).isNotEmpty().allMatch(u -> u.startsWith("西溪雅苑"));
        assertThat(stranger.get("/api/v1/units?limit=200").json().get("items").valueStream()
                .map(u -> u.get("projectId").asLong()).distinct()).hasSize(1);
        assertThat(stranger.get("/api/v1/customers?limit=200").json().get("items").valueStream()
                .map(c -> c.get("id").asLong())).doesNotContain(customer.get("id").asLong());
        assertThat(stranger.post("/api/v1/requests", given.repairBody(given.unit().get("id").asLong())).status())
                .isEqualTo(422);

        long theirId = theirs.json().get("id").asLong();
        String theirNumber = theirs.json().get("number").asString();
        assertThat(api.as("agent").get("/api/v1/requests/" + theirId).status()).isEqualTo(404);
        assertThat(api.as("agent").get("/api/v1/requests", Map.of("q", theirNumber)).json().get("items").valueStream()
                .map(i -> i.get("id").asLong())).doesNotContain(theirId);
        assertThat(api.as("agent").get("/api/v1/units/" + hangzhouUnit).status()).isEqualTo(404);
    }

    @Test
    void engineerOfOneProjectSeesOnlyThatProject() {
        JsonNode otherProject = api.as("agent").get("/api/v1/projects").json().valueStream()
                .filter(p -> p.get("name").asString().equals("锦澜园")).findFirst().orElseThrow();
        JsonNode otherUnit = api.as("agent").get("/api/v1/units?projectId=" + otherProject.get("id").asLong() + "&limit=1")
                .json().get("items").get(0);
        long elsewhere = given.register(given.repairBody(otherUnit.get("id").asLong()));
        long here = given.register(given.repairBody(given.unit().get("id").asLong()));

        assertThat(api.as("engineer").get("/api/v1/requests/" + elsewhere).status()).isEqualTo(404);
        assertThat(api.as("engineer").get("/api/v1/requests/" + here).status()).isEqualTo(200);
        assertThat(api.as("engineer").get("/api/v1/units/" + otherUnit.get("id").asLong()).status()).isEqualTo(404);
        List<String> projects = api.as("engineer").get("/api/v1/requests?limit=200").json().get("items").valueStream()
                .filter(i -> !i.get("unit").isNull()).map(i -> i.get("unit").asString()).toList();
        assertThat(projects).isNotEmpty().allMatch(u -> u.startsWith("翠湖苑"));
    }

    @Test
    void requestCannotBeDispatchedToSomebodyWhoCannotSeeIt() {
        JsonNode otherProject = api.as("agent").get("/api/v1/projects").json().valueStream()
                .filter(p -> p.get("name").asString().equals("锦澜园")).findFirst().orElseThrow();
        JsonNode otherUnit = api.as("agent").get("/api/v1/units?projectId=" + otherProject.get("id").asLong() + "&limit=1")
                .json().get("items").get(0);
        long id = given.register(given.repairBody(otherUnit.get("id").asLong()));
        given.walk(id, "REPAIR", 1);
        var response = api.as("agent").post("/api/v1/requests/" + id + "/actions/dispatch",
                Map.of("assigneeId", given.staffId("engineer")));
        assertThat(response.status()).isEqualTo(422);
    }

    @Test
    void headquartersAndManagersSeeEverythingBeneathThem() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        for (String user : List.of("hq", "admin", "manager", "projectco", "consultant", "handler")) {
            assertThat(api.as(user).get("/api/v1/requests/" + id).status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void ownerSeesOnlyTheirOwnUnitsAndRequests() {
        JsonNode me = api.as("owner").get("/api/v1/me").json();
        long customerId = me.get("customerId").asLong();
        List<JsonNode> myUnits = api.as("owner").get("/api/v1/units").json().get("items").valueStream().toList();
        // the demo home, and any unit other tests gave the same owner since: all theirs, none of anybody else's
        List<Long> owned = api.as("manager").get("/api/v1/customers/" + customerId + "/ownerships").json()
                .valueStream().map(o -> o.get("unit").get("id").asLong()).toList();
        assertThat(myUnits).isNotEmpty().allMatch(u -> owned.contains(u.get("id").asLong()));
        List<JsonNode> customers = api.as("owner").get("/api/v1/customers").json().get("items").valueStream().toList();
        assertThat(customers).extracting(c -> c.get("id").asLong()).containsExactly(customerId);

        long foreign = given.register(given.repairBody(otherUnitThan(api.homeOf("owner"))));
        assertThat(api.as("owner").get("/api/v1/requests/" + foreign).status()).isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/requests?limit=200").json().get("items").valueStream()
                .allMatch(i -> i.get("customerId").asLong() == customerId
                        || owned.contains(i.get("unitId").asLong()))).isTrue();
    }

    @Test
    void ownerReportsARepairOnTheirOwnUnitFromThePortalButNotOnAnotherUnit() {
        long myUnit = api.homeOf("owner");
        var mine = api.as("owner").post("/api/v1/requests", Map.of("kind", "REPAIR", "channel", "PORTAL",
                "unitId", myUnit, "category", "FACILITY_FAILURE", "description", "厨房水龙头漏水"));
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        JsonNode request = api.as("owner").get("/api/v1/requests/" + mine.json().get("id").asLong()).json();
        assertThat(request.has("firstContact")).as("an internal record").isFalse();
        assertThat(request.get("allowedActions").size()).isZero();

        var notMine = api.as("owner").post("/api/v1/requests", Map.of("kind", "REPAIR", "channel", "PORTAL",
                "unitId", otherUnitThan(myUnit), "category", "FACILITY_FAILURE", "description", "x"));
        assertThat(notMine.status()).isEqualTo(422);

        JsonNode classified = given.act(mine.json().get("id").asLong(), "agent", "classify", Map.of());
        assertThat(classified.get("firstContact").get("name").asString()).isEqualTo("客服专员 林芳");
    }

    @Test
    void ownerConfirmsTheirOwnRepair() {
        long myUnit = api.homeOf("owner");
        Map<String, Object> body = given.repairBody(myUnit);
        body.put("customerId", api.as("owner").get("/api/v1/me").json().get("customerId").asLong());
        long id = given.register(body);
        given.walk(id, "REPAIR", 5);
        var confirmed = api.as("owner").post("/api/v1/requests/" + id + "/actions/verify",
                Map.of("satisfied", true, "rating", 5));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("VERIFIED");
        assertThat(api.as("owner").post("/api/v1/requests/" + id + "/actions/archive", Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void phoneNumbersAreMaskedInEveryList() {
        JsonNode customers = api.as("agent").get("/api/v1/customers?limit=50").json().get("items");
        assertThat(customers.valueStream().map(c -> c.get("phone").asString()))
                .isNotEmpty().allMatch(p -> p.matches("1\\d\\d\\*{4}\\d{4}"));
        given.register(given.repairBody(given.unit().get("id").asLong()));
        assertThat(api.as("agent").get("/api/v1/requests?limit=50").json().get("items").valueStream()
                .map(i -> i.get("reporterPhone").asString())).allMatch(p -> p.contains("****"));
    }

    @Test
    void anonymousCallersGet401AsAProblem() {
        var response = api.anonymous().get("/api/v1/requests");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:estatecare:problem:unauthorized");
    }

    @Test
    void listFiltersAndCursorPagesCoverEveryRequestOnce() {
        long unit = given.unit().get("id").asLong();
        for (int i = 0; i < 7; i++) {
            given.register(given.repairBody(unit));
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.as("agent").get("/api/v1/requests?unitId=" + unit + "&kind=REPAIR&status=RECEIVED&limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(i -> {
                assertThat(i.get("unitId").asLong()).isEqualTo(unit);
                assertThat(i.get("status").asString()).isEqualTo("RECEIVED");
                assertThat(seen.add(i.get("id").asLong())).isTrue();
            });
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(7);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(api.as("agent").get("/api/v1/requests", Map.of("q", "卫生间漏水")).json().get("items").size())
                .isGreaterThanOrEqualTo(7);
        assertThat(api.as("agent").get("/api/v1/requests?cursor=bm9wZQ").status()).isEqualTo(400);
    }

    /** A unit of the agent's company that is neither {@code unitId} nor any other unit the demo owner owns. */
    private long otherUnitThan(long unitId) {
        List<Long> owners = api.as("owner").get("/api/v1/units?limit=200").json().get("items").valueStream()
                .map(u -> u.get("id").asLong()).toList();
        return api.as("agent").get("/api/v1/units?limit=200").json().get("items").valueStream()
                .map(u -> u.get("id").asLong()).filter(id -> id != unitId && !owners.contains(id)).findFirst()
                .orElseThrow();
    }
}
