package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
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
 * A delivery inspection walked against the checklist over HTTP against PostgreSQL, on the test's fixed clock
 * (Tuesday 24 November 2026): results judged by the manual's standards, failed ones becoming defects with a
 * contractor and a deadline on the business calendar, handed to repair, re-inspected after the repair (one failing
 * and followed), and the owner's signature closing it; the other company and other owners see none of it; hostile
 * results change nothing.
 */
@EstateCareTest
class InspectionWalkTests {

    /** The smallest PNG there is, as a drawn signature would begin. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void anInspectionFromChecklistToSignOffWithADefectRectifiedAndReinspected() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        long contractor = contractor(project, "中建八局-" + System.nanoTime() % 1_000_000);
        long inspection = appoint(unitOwnedBy("owner", "W1"));

        JsonNode recorded = record(inspection, List.of(
                measured("LIVING_ROOM", "HOLLOW_AREA", 520, Map.of("place", "东墙", "contractorId", contractor)),
                measured("LIVING_ROOM", "HOLLOW_PLACES", 2, Map.of()),
                checked("BATHROOM", "FLOOR_SLOPES_TO_DRAIN", false),
                checked("BEDROOM", "NO_CRACKS", true)));
        assertThat(recorded.get("checklistVersion").asInt()).isPositive();
        assertThat(recorded.get("results")).hasSize(4);
        JsonNode findings = recorded.get("findings");
        assertThat(findings).hasSize(2);
        JsonNode area = findings.get(0);
        assertThat(area.get("itemCode").asString()).isEqualTo("HOLLOW_AREA");
        assertThat(area.get("description").asString()).contains("实测 520 cm²", "≤ 400 cm²");
        assertThat(area.get("place").asString()).isEqualTo("东墙");
        assertThat(area.get("contractorId").asLong()).isEqualTo(contractor);
        // 15 working days after Tuesday 24 November 2026 on the business calendar: Tuesday 15 December
        assertThat(area.get("rectifyBy").asString()).isEqualTo("2026-12-15");
        long slope = findings.get(1).get("id").asLong();
        Api.Response photo = api.as("engineer").multipart(walk(inspection) + "/findings/" + slope + "/photos",
                "slope.png", PNG);
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        long photoId = photo.json().get("findings").get(1).get("photoIds").get(0).asLong();
        assertThat(api.as("owner").get(walk(inspection) + "/findings/" + slope + "/photos/" + photoId).status())
                .isEqualTo(200);
        assertThat(api.as("hz-owner").get(walk(inspection) + "/findings/" + slope + "/photos/" + photoId).status())
                .isEqualTo(404);

        assertThat(signOff(inspection).status()).as("not inspected yet").isEqualTo(409);
        JsonNode delivered = api.as("engineer").post(walk(inspection) + "/deliver", Map.of()).json();
        long areaRequest = delivered.get("findings").get(0).get("requestId").asLong();
        Api.Response early = reinspect(inspection, area.get("id").asLong(), true);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).endsWith("not-rectified");

        given.walk(areaRequest, "REPAIR", 5);
        given.walk(delivered.get("findings").get(1).get("requestId").asLong(), "REPAIR", 5);
        JsonNode failed = reinspect(inspection, area.get("id").asLong(), false).json();
        JsonNode follows = failed.get("findings").get(2);
        assertThat(follows.get("followsFindingId").asLong()).isEqualTo(area.get("id").asLong());
        assertThat(follows.get("description").asString()).startsWith("复验未通过：");
        assertThat(reinspect(inspection, slope, true).status()).isEqualTo(200);
        Api.Response open = signOff(inspection);
        assertThat(open.status()).as(open.body()).isEqualTo(409);
        assertThat(open.json().get("detail").asString()).contains("1");

        JsonNode again = api.as("engineer").post(walk(inspection) + "/deliver", Map.of()).json();
        given.walk(again.get("findings").get(2).get("requestId").asLong(), "REPAIR", 5);
        assertThat(reinspect(inspection, follows.get("id").asLong(), true).status()).isEqualTo(200);
        Api.Response refused = api.as("engineer").post(walk(inspection) + "/refusal",
                Map.of("reason", "想再看一遍"));
        assertThat(refused.json().get("refusalReason").asString()).isEqualTo("想再看一遍");

        Api.Response signed = signOff(inspection);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("signedOffAt").asString()).startsWith("2026-11-24");
        Api.Response signature = api.as("owner").get(walk(inspection) + "/signature");
        assertThat(signature.status()).isEqualTo(200);
        assertThat(signature.header("Content-Type")).isEqualTo("image/png");
        assertThat(signature.body()).contains("PNG", "IHDR");
        assertThat(api.as("hz-owner").get(walk(inspection) + "/signature").status()).isEqualTo(404);
        Api.Response closed = api.as("engineer").post(walk(inspection) + "/results",
                Map.of("results", List.of(checked("BEDROOM", "NO_CRACKS", true))));
        assertThat(closed.status()).as("signed off: closed").isEqualTo(409);
        JsonNode mine = StreamSupport.stream(api.as("owner").get("/api/v1/delivery/my-inspections").json()
                .spliterator(), false).filter(i -> i.get("id").asLong() == inspection).findFirst().orElseThrow();
        assertThat(mine.get("signedOffAt").isNull()).isFalse();
        assertThat(mine.get("findings")).hasSize(3);
    }

    @Test
    void anInspectionKeepsTheChecklistVersionItBeganWithWhenAManagerChangesIt() {
        long before = appoint(unitOwnedBy("owner", "W2"));
        int version = record(before, List.of(checked("BEDROOM", "NO_CRACKS", true))).get("checklistVersion").asInt();

        JsonNode current = api.as("manager").get("/api/v1/delivery/checklist").json();
        List<Object> items = new ArrayList<>();
        current.get("items").forEach(items::add);
        String code = "WINDOW_GAP_" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        items.add(Map.of("code", code, "title", "窗扇与窗框缝隙", "titleEn", "Window gap", "rooms", List.of(),
                "componentCode", "WINDOW", "kind", "MEASUREMENT", "unit", "MILLIMETRES", "max", 3));
        Api.Response changed = api.as("manager").put("/api/v1/delivery/checklist", Map.of("items", items));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("version").asInt()).isGreaterThan(version);

        Api.Response old = api.as("engineer").post(walk(before) + "/results",
                Map.of("results", List.of(measured("BEDROOM", code, 4, Map.of()))));
        assertThat(old.status()).as("the old version has no such item").isEqualTo(400);
        assertThat(old.json().get("errors").get(0).get("field").asString()).isEqualTo("results[0].itemCode");
        JsonNode fresh = record(appoint(unitOwnedBy("owner", "W3")), List.of(measured("BEDROOM", code, 4, Map.of())));
        assertThat(fresh.get("findings").get(0).get("componentCode").asString()).isEqualTo("WINDOW");
        assertThat(api.as("hz-manager").get("/api/v1/delivery/checklist").json().get("items").toString())
                .as("the other company's checklist is its own").doesNotContain(code);
        assertThat(api.as("engineer").put("/api/v1/delivery/checklist", Map.of("items", items)).status())
                .isEqualTo(403);
    }

    @Test
    void theOtherCompanyAndOwnersCannotTouchAnInspectionAndHostileResultsChangeNothing() {
        long inspection = appoint(unitOwnedBy("owner", "W4"));
        Map<String, Object> valid = measured("KITCHEN", "HOLLOW_AREA", 100, Map.of());
        assertThat(api.as("hz-engineer").post(walk(inspection) + "/results", Map.of("results", List.of(valid)))
                .status()).isEqualTo(404);
        assertThat(api.as("owner").post(walk(inspection) + "/results", Map.of("results", List.of(valid))).status())
                .isEqualTo(403);
        assertThat(api.as("hz-manager").get("/api/v1/delivery/projects/" + project(api, "翠湖苑") + "/contractors")
                .status()).isEqualTo(404);

        Map<String, List<Map<String, Object>>> hostile = new HashMap<>();
        hostile.put("results[1].value", List.of(valid, measured("KITCHEN", "HOLLOW_AREA", -5, Map.of())));
        hostile.put("results[0].itemCode", List.of(measured("KITCHEN", "UFO_LANDING", 1, Map.of())));
        hostile.put("results[0].room", List.of(checked("LIVING_ROOM", "FLOOR_SLOPES_TO_DRAIN", true)));
        hostile.put("results[0].passed", List.of(Map.of("room", "BEDROOM", "itemCode", "NO_CRACKS")));
        hostile.put("results[0].note", List.of(measured("KITCHEN", "HOLLOW_AREA", 500, Map.of("note", "长".repeat(501)))));
        hostile.put("results[0].contractorId", List.of(measured("KITCHEN", "HOLLOW_AREA", 500,
                Map.of("contractorId", Long.MAX_VALUE))));
        hostile.forEach((field, results) -> {
            Api.Response refused = api.as("engineer").post(walk(inspection) + "/results", Map.of("results", results));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        });
        Api.Response english = api.as("engineer").english().post(walk(inspection) + "/results",
                Map.of("results", List.of(measured("KITCHEN", "HOLLOW_AREA", 2_000_000, Map.of()))));
        assertThat(english.json().get("errors").get(0).get("reason").asString()).contains("from 0 to 1000000 cm²");
        Api.Response text = api.as("engineer").post(walk(inspection) + "/results", Map.of("results",
                List.of(Map.of("room", "KITCHEN", "itemCode", "HOLLOW_AREA", "value", "很大"))));
        assertThat(text.status()).as(text.body()).isEqualTo(400);
        assertThat(text.body()).contains("value");
        List<Map<String, Object>> many = java.util.Collections.nCopies(InspectionWalk.MAX_RESULTS + 1, valid);
        assertThat(api.as("engineer").post(walk(inspection) + "/results", Map.of("results", many)).status())
                .isEqualTo(400);
        JsonNode unchanged = api.as("engineer").get(walk(inspection)).json();
        assertThat(unchanged.get("results")).as("nothing saved").isEmpty();
        assertThat(unchanged.get("findings")).isEmpty();

        api.as("engineer").post(walk(inspection) + "/deliver", Map.of());
        Api.Response notPng = api.as("engineer").multipart(walk(inspection) + "/sign-off", "s.png",
                "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notPng.status()).as(notPng.body()).isEqualTo(400);
        assertThat(notPng.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        byte[] huge = java.util.Arrays.copyOf(PNG, 300 * 1024);
        assertThat(api.as("engineer").multipart(walk(inspection) + "/sign-off", "s.png", huge).status())
                .isEqualTo(400);
        assertThat(api.as("engineer").get(walk(inspection)).json().get("signedOffAt").isNull()).isTrue();
        assertThat(api.as("engineer").post(walk(inspection) + "/refusal", Map.of("reason", " ")).status())
                .isEqualTo(400);
    }

    // ---- helpers ----

    static String walk(long inspection) {
        return "/api/v1/delivery/inspections/" + inspection;
    }

    static Map<String, Object> measured(String room, String item, double value, Map<String, Object> more) {
        Map<String, Object> result = new HashMap<>(more);
        result.put("room", room);
        result.put("itemCode", item);
        result.put("value", value);
        return result;
    }

    static Map<String, Object> checked(String room, String item, boolean passed) {
        return Map.of("room", room, "itemCode", item, "passed", passed);
    }

    private JsonNode record(long inspection, List<Map<String, Object>> results) {
        Api.Response response = api.as("engineer").post(walk(inspection) + "/results", Map.of("results", results));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Api.Response reinspect(long inspection, long finding, boolean passed) {
        return api.as("engineer").post(walk(inspection) + "/findings/" + finding + "/reinspection",
                Map.of("passed", passed, "note", passed ? "已修复" : "仍有空鼓"));
    }

    private Api.Response signOff(long inspection) {
        return api.as("engineer").multipart(walk(inspection) + "/sign-off", "signature.png", PNG);
    }

    private long contractor(long project, String name) {
        Api.Response added = api.as("manager").post("/api/v1/delivery/projects/" + project + "/contractors",
                Map.of("name", name, "trade", "土建"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.as("manager").post("/api/v1/delivery/projects/" + project + "/contractors",
                Map.of("name", name)).status()).as("listed once").isEqualTo(409);
        return added.json().get("id").asLong();
    }

    private long appoint(long unit) {
        Api.Response response = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unit, "appointedAt", "2026-12-01T02:00:00Z", "inspector", "张工"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    static long project(Api api, String name) {
        return StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    /** A new unit of 翠湖苑, not handed over, owned by the customer of the portal account {@code owner}. */
    static long unitOwnedBy(Api api, String owner, String prefix) {
        long building = api.as("manager").get("/api/v1/projects/" + project(api, "翠湖苑") + "/buildings").json()
                .get(0).get("id").asLong();
        Api.Response created = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", prefix + "-" + System.nanoTime() % 100_000_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long unit = created.json().get("id").asLong();
        long customer = api.as(owner).get("/api/v1/me").json().get("customerId").asLong();
        Api.Response owned = api.as("manager").post("/api/v1/customers/" + customer + "/ownerships",
                Map.of("unitId", unit, "role", "OWNER"));
        assertThat(owned.status()).as(owned.body()).isEqualTo(201);
        return unit;
    }

    private long unitOwnedBy(String owner, String prefix) {
        return unitOwnedBy(api, owner, prefix);
    }
}
