package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * Delivery inspections over HTTP against PostgreSQL: appointed with the unit's owner, findings recorded, delivered
 * into repair requests once however often it is delivered, the board's figures moving with it, the handover
 * counted as keys taken; the other company and other owners see nothing of it; hostile input changes nothing.
 */
@EstateCareTest
class InspectionTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void anInspectionFromAppointmentToDeliveryHandsEachFindingToRepairOnceAndTheBoardCountsIt() {
        long project = project("翠湖苑");
        JsonNode before = board(project);
        long unit = unitOwnedBy("owner", "D1");

        long inspection = appoint(unit);
        finding(inspection, "BATHROOM", "BATHROOM_WATERPROOFING", "地面倒坡，积水不能流向地漏");
        JsonNode recorded = finding(inspection, "LIVING_ROOM", "WALL", "墙面空鼓两处，各约 300 cm²");
        assertThat(recorded.get("findings")).hasSize(2);
        assertThat(recorded.get("findings").get(0).get("state").asString()).isEqualTo("RECORDED");

        JsonNode delivered = deliver(inspection);
        JsonNode leak = delivered.get("findings").get(0);
        assertThat(leak.get("requestNumber").asString()).startsWith("BX-");
        assertThat(leak.get("state").asString()).isEqualTo("REPAIRING");
        JsonNode request = given.get(leak.get("requestId").asLong());
        assertThat(request.get("componentCode").asString()).isEqualTo("BATHROOM_WATERPROOFING");
        assertThat(request.get("description").asString()).isEqualTo("【交付验房】卫生间：地面倒坡，积水不能流向地漏");
        assertThat(request.get("unitId").asLong()).isEqualTo(unit);

        JsonNode again = deliver(inspection);
        assertThat(again.get("findings").get(0).get("requestId").asLong()).as("delivered twice, registered once")
                .isEqualTo(leak.get("requestId").asLong());
        JsonNode after = board(project);
        assertThat(figure(after, "appointed") - figure(before, "appointed")).isEqualTo(1);
        assertThat(figure(after, "inspected") - figure(before, "inspected")).isEqualTo(1);
        assertThat(figure(after, "withOpenFindings") - figure(before, "withOpenFindings")).isEqualTo(1);

        given.walk(leak.get("requestId").asLong(), "REPAIR", 5); // classify … complete
        given.walk(delivered.get("findings").get(1).get("requestId").asLong(), "REPAIR", 5);
        assertThat(api.as("engineer").get("/api/v1/delivery/inspections/" + inspection).json().get("findings").get(0)
                .get("state").asString()).isEqualTo("CLOSED");
        Api.Response handover = api.as("agent").put("/api/v1/units/" + unit + "/handover",
                Map.of("handedOverOn", "2026-11-24"));
        assertThat(handover.status()).as(handover.body()).isEqualTo(200);
        JsonNode handed = board(project);
        assertThat(figure(handed, "withOpenFindings")).isEqualTo(figure(before, "withOpenFindings"));
        assertThat(figure(handed, "handedOver") - figure(before, "handedOver")).isEqualTo(1);
        assertThat(figure(handed, "units") - figure(before, "units")).isEqualTo(1);
    }

    @Test
    void anOwnerSeesTheInspectionsOfTheirOwnUnitsAndNobodyElseDoes() {
        long unit = unitOwnedBy("owner", "D2");
        long inspection = appoint(unit);
        finding(inspection, "KITCHEN", "WINDOW", "窗框密封胶开裂");

        assertThat(ids(api.as("owner").get("/api/v1/delivery/my-inspections").json())).contains(inspection);
        assertThat(ids(api.as("hz-owner").get("/api/v1/delivery/my-inspections").json())).doesNotContain(inspection);
        assertThat(api.as("owner").get("/api/v1/delivery/inspections/" + inspection).status()).isEqualTo(403);
        assertThat(api.as("hz-manager").get("/api/v1/delivery/inspections/" + inspection).status()).isEqualTo(404);
        assertThat(api.as("hz-engineer").post("/api/v1/delivery/inspections/" + inspection + "/deliver", Map.of())
                .status()).isEqualTo(404);
        assertThat(api.as("hz-manager").get("/api/v1/delivery/projects/" + project("翠湖苑") + "/board").status())
                .isEqualTo(404);
        assertThat(api.as("owner").post("/api/v1/delivery/inspections", Map.of("unitId", unit,
                "appointedAt", "2026-12-01T02:00:00Z")).status()).isEqualTo(403);
    }

    @Test
    void hostileFindingsAndAppointmentsAreProblemsNamingTheFieldAndChangeNothing() {
        long inspection = appoint(unitOwnedBy("owner", "D3"));
        String url = "/api/v1/delivery/inspections/" + inspection + "/findings";
        Map<String, List<Map<String, Object>>> hostile = Map.of(
                "componentCode", List.of(Map.of("room", "BEDROOM", "componentCode", "NO_SUCH_PART", "description", "x")),
                "room", List.of(Map.of("room", "ATTIC", "componentCode", "WALL", "description", "x")),
                "description", List.of(Map.of("room", "BEDROOM", "componentCode", "WALL", "description", "长".repeat(1001)),
                        Map.of("room", "BEDROOM", "componentCode", "WALL", "description", " ")));
        hostile.forEach((field, bodies) -> bodies.forEach(body -> {
            Api.Response refused = api.as("engineer").post(url, body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).as(field).contains(field);
        }));
        Api.Response unknown = api.as("engineer").post(url, Map.of("room", "BEDROOM", "componentCode", "NO_SUCH_PART",
                "description", "x"));
        assertThat(unknown.json().get("errors").get(0).get("reason").asString()).isEqualTo("不存在");
        assertThat(api.as("engineer").get("/api/v1/delivery/inspections/" + inspection).json().get("findings"))
                .as("nothing saved").isEmpty();

        Api.Response farFuture = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unitOwnedBy("owner", "D4"), "appointedAt", "9999-01-01T00:00:00Z"));
        assertThat(farFuture.status()).as(farFuture.body()).isEqualTo(400);
        assertThat(farFuture.body()).contains("appointedAt");
        Api.Response noOwner = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", freshUnit("D5"), "appointedAt", "2026-12-01T02:00:00Z"));
        assertThat(noOwner.status()).as(noOwner.body()).isEqualTo(400);
        assertThat(noOwner.json().get("errors").get(0).get("field").asString()).isEqualTo("unitId");
        assertThat(api.as("agent").english().post("/api/v1/delivery/inspections",
                Map.of("unitId", freshUnit("D6"), "appointedAt", "2026-12-01T02:00:00Z")).json().get("errors").get(0)
                .get("reason").asString()).contains("no registered owner");
        assertThat(api.as("agent").post("/api/v1/delivery/inspections", Map.of("unitId", "many",
                "appointedAt", "soon")).status()).isEqualTo(400);
        assertThat(api.as("manager").get("/api/v1/delivery/projects/" + project("翠湖苑") + "/board?limit=100000")
                .status()).isEqualTo(400);
    }

    // ---- helpers ----

    private long appoint(long unit) {
        Api.Response response = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unit, "appointedAt", "2026-12-01T02:00:00Z", "inspector", "张工"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private JsonNode finding(long inspection, String room, String component, String description) {
        Api.Response response = api.as("engineer").post("/api/v1/delivery/inspections/" + inspection + "/findings",
                Map.of("room", room, "componentCode", component, "description", description));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private JsonNode deliver(long inspection) {
        Api.Response response = api.as("engineer").post("/api/v1/delivery/inspections/" + inspection + "/deliver",
                Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode board(long project) {
        Api.Response response = api.as("manager").get("/api/v1/delivery/projects/" + project + "/board?limit=5");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static long figure(JsonNode board, String name) {
        return board.get("figures").get(name).asLong();
    }

    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(i -> i.get("id").asLong()).toList();
    }

    private long project(String name) {
        return StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    private long freshUnit(String prefix) {
        long building = api.as("manager").get("/api/v1/projects/" + project("翠湖苑") + "/buildings").json().get(0)
                .get("id").asLong();
        Api.Response created = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", prefix + "-" + System.nanoTime() % 100_000_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A new unit of 翠湖苑, not handed over, owned by the customer of the portal account {@code owner}. */
    private long unitOwnedBy(String owner, String prefix) {
        long unit = freshUnit(prefix);
        long customer = api.as(owner).get("/api/v1/me").json().get("customerId").asLong();
        Api.Response owned = api.as("manager").post("/api/v1/customers/" + customer + "/ownerships",
                Map.of("unitId", unit, "role", "OWNER"));
        assertThat(owned.status()).as(owned.body()).isEqualTo(201);
        return unit;
    }
}
