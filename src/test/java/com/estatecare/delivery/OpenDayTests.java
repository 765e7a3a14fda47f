package com.estatecare.delivery;

import static com.estatecare.delivery.OpenDayFixtures.mine;
import static com.estatecare.delivery.OpenDayFixtures.project;
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
 * Open days over HTTP against PostgreSQL: owners of the project sign up, confirmed up to the capacity and waiting
 * after it; a confirmed owner's cancellation gives the place to the first in line; the other company's owners
 * never see the day; hostile days are refused and nothing is scheduled.
 */
@EstateCareTest
class OpenDayTests {

    @Autowired
    Api api;

    @Test
    void theSecondOwnerWaitsOnAOnePlaceDayAndTakesThePlaceWhenTheFirstCancels() {
        long project = project(api);
        String second = secondOwner(project);
        long day = schedule(project, 1);

        JsonNode first = api.as("owner").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of()).json();
        assertThat(first.get("mySignUp").asString()).isEqualTo("CONFIRMED");
        JsonNode waiting = api.basic(second, "secret-123").post("/api/v1/delivery/open-days/" + day + "/sign-up",
                Map.of()).json();
        assertThat(waiting.get("mySignUp").asString()).isEqualTo("WAITING");
        assertThat(waiting.get("confirmed").asInt()).isEqualTo(1);
        assertThat(waiting.get("waiting").asInt()).isEqualTo(1);
        assertThat(api.as("owner").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of()).json()
                .get("confirmed").asInt()).as("signing up again changes nothing").isEqualTo(1);

        api.as("owner").delete("/api/v1/delivery/open-days/" + day + "/sign-up");
        JsonNode promoted = mine(api.basic(second, "secret-123"), day);
        assertThat(promoted.get("mySignUp").asString()).isEqualTo("CONFIRMED");
        assertThat(promoted.get("waiting").asInt()).isZero();
        assertThat(mine(api.as("owner"), day).get("mySignUp").asString()).isEqualTo("CANCELLED");

        assertThat(ids(api.as("hz-owner").get("/api/v1/delivery/my-open-days").json())).doesNotContain(day);
        assertThat(api.as("hz-owner").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of()).status())
                .isEqualTo(404);
        assertThat(api.as("hz-manager").get("/api/v1/delivery/projects/" + project + "/open-days").status())
                .isEqualTo(404);
    }

    @Test
    void hostileOpenDaysAreProblemsAndNothingIsScheduled() {
        long project = project(api);
        String url = "/api/v1/delivery/projects/" + project + "/open-days";
        int before = api.as("agent").get(url).json().size();
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("title", "t", "startsAt", "2026-12-05T01:00:00Z", "endsAt", "2026-12-05T05:00:00Z", "capacity", 0),
                Map.of("title", "t", "startsAt", "2026-12-05T01:00:00Z", "endsAt", "2026-12-05T05:00:00Z", "capacity", 1_000_000),
                Map.of("title", "t", "startsAt", "2026-12-05T05:00:00Z", "endsAt", "2026-12-05T01:00:00Z", "capacity", 10),
                Map.of("title", "t", "startsAt", "2026-11-01T01:00:00Z", "endsAt", "2026-11-01T05:00:00Z", "capacity", 10),
                Map.of("title", "t", "startsAt", "9999-01-01T01:00:00Z", "endsAt", "9999-01-01T05:00:00Z", "capacity", 10),
                Map.of("title", " ", "startsAt", "2026-12-05T01:00:00Z", "endsAt", "2026-12-05T05:00:00Z", "capacity", 10))) {
            Api.Response refused = api.as("agent").post(url, body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isIn("capacity", "endsAt",
                    "startsAt", "title");
        }
        assertThat(api.as("agent").get(url).json().size()).as("nothing scheduled").isEqualTo(before);
    }

    private long schedule(long project, int capacity) {
        Api.Response created = api.as("agent").post("/api/v1/delivery/projects/" + project + "/open-days",
                Map.of("title", "工地开放日", "startsAt", "2026-12-05T01:00:00Z", "endsAt", "2026-12-05T05:00:00Z",
                        "capacity", capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }


    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(i -> i.get("id").asLong()).toList();
    }


    /** A second owner of a unit of the project, with a portal account (password secret-123). */
    private String secondOwner(long project) {
        return secondOwner(api, project);
    }

    static String secondOwner(Api api, long project) {
        long building = api.as("manager").get("/api/v1/projects/" + project + "/buildings").json().get(0).get("id")
                .asLong();
        long unit = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", "O-" + System.nanoTime() % 100_000_000)).json().get("id")
                .asLong();
        Api.Response customer = api.as("manager").post("/api/v1/customers",
                Map.of("name", "开放日业主", "kind", "NEW_OWNER", "projectId", project));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        long customerId = customer.json().get("id").asLong();
        assertThat(api.as("manager").post("/api/v1/customers/" + customerId + "/ownerships",
                Map.of("unitId", unit, "role", "OWNER")).status()).isEqualTo(201);
        String username = "openday-" + System.nanoTime() % 100_000_000;
        Api.Response account = api.as("admin").post("/api/v1/accounts", Map.of("username", username,
                "password", "secret-123", "displayName", "开放日业主",
                "orgNodeId", api.as("owner").get("/api/v1/me").json().get("orgNodeId").asLong(),
                "roles", List.of("OWNER"), "customerId", customerId));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return username;
    }
}
