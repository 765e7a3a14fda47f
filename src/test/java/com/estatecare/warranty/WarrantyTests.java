package com.estatecare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.TestClockConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The warranty over HTTP against PostgreSQL, with the test clock at {@link TestClockConfiguration#START}
 * (24 November 2026, 10:00 in Shanghai): the statutory defaults on a certificate, the lengthen-not-shorten rule,
 * the handover's bounds, a unit's warranty for staff and its own owner only, and intake's decision on the
 * boundary day with the quote an out-of-warranty repair waits for.
 */
@EstateCareTest
class WarrantyTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void eachStatutoryDefaultStandsOnACertificateNobodyLengthened() {
        JsonNode certificate = api.as("manager").get(certificateOf(project("翠湖苑"))).json();

        assertThat(certificate.get("version").asInt()).isZero();
        Map<String, Integer> months = months(certificate);
        assertThat(months).containsEntry("FOUNDATION_STRUCTURE", 600).containsEntry("ROOF", 60)
                .containsEntry("BATHROOM_WATERPROOFING", 60).containsEntry("EXTERIOR_WALL", 60)
                .containsEntry("HEATING", 24).containsEntry("COOLING", 24).containsEntry("WATER_SUPPLY", 24)
                .containsEntry("ELECTRICAL", 24).containsEntry("EQUIPMENT", 24).containsEntry("FITOUT", 24)
                .containsEntry("FLOOR", 12).containsEntry("WALL", 12).containsEntry("WINDOW", 12)
                .containsEntry("ENTRANCE_DOOR", 12).containsEntry("SANITARY_WARE", 12)
                .containsEntry("BLOCKED_PIPE", 2).containsEntry("LAMPS_SWITCHES", 6).containsEntry("OTHER", null);
        assertThat(api.as("hz-manager").get(certificateOf(project("翠湖苑"))).status()).isEqualTo(404);
        assertThat(api.as("owner").get(certificateOf(project("翠湖苑"))).status()).isEqualTo(403);
    }

    @Test
    void aManagerMayLengthenAPeriodButAShorterOneIsRefusedNamingTheComponentAndNothingIsSaved() {
        String url = certificateOf(project("锦澜园"));
        JsonNode before = api.as("manager").get(url).json();
        int version = before.get("version").asInt();

        Api.Response shorter = api.as("manager").put(url, edit(version, Map.of("WINDOW", 11)));
        assertThat(shorter.status()).as(shorter.body()).isEqualTo(400);
        assertThat(shorter.json().get("errors").get(0).get("field").asString()).isEqualTo("periods.WINDOW.months");
        assertThat(shorter.json().get("errors").get(0).get("reason").asString()).contains("12", "门窗", "不能短于");
        assertThat(api.as("manager").english().put(url, edit(version, Map.of("WINDOW", 11))).json().get("errors")
                .get(0).get("reason").asString()).contains("statutory minimum", "12 months");
        for (Map<String, Object> hostile : List.of(edit(version, Map.of("ROOF", -1)),
                edit(version, Map.of("ROOF", 1_000_000)), edit(version, Map.of("NO_SUCH_PART", 12)),
                edit(version, Map.of("ROOF", "ten years")), withCompletion(edit(version, Map.of()), "2026-11-25"))) {
            Api.Response refused = api.as("manager").put(url, hostile);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        }
        Api.Response huge = api.as("manager").put(url, Map.of("version", version, "periods",
                Map.of("ROOF", 99_999_999_999L)));
        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(api.as("agent").put(url, edit(version, Map.of("WINDOW", 24))).status()).isEqualTo(403);
        assertThat(api.as("hz-manager").put(url, edit(version, Map.of("WINDOW", 24))).status()).isEqualTo(404);
        assertThat(api.as("manager").get(url).json().get("version").asInt()).as("nothing saved").isEqualTo(version);

        Api.Response longer = api.as("manager").put(url, edit(version, Map.of("WINDOW", 24)));
        assertThat(longer.status()).as(longer.body()).isEqualTo(200);
        assertThat(longer.json().get("version").asInt()).isEqualTo(version + 1);
        assertThat(months(longer.json())).containsEntry("WINDOW", 24).containsEntry("ROOF", months(before).get("ROOF"));
        assertThat(api.as("manager").put(url, edit(version, Map.of("WINDOW", 36))).status()).as("stale").isEqualTo(409);
    }

    @Test
    void aHandoverIsNeitherInTheFutureNorBeforeCompletionAndAUnitsWarrantyRunsFromIt() {
        long unit = freshUnit("锦澜园", "H1");
        completedOn(project("锦澜园"), "2025-10-01");
        assertThat(warranty("agent", unit).get("components").get(0).get("state").asString())
                .isEqualTo("NOT_HANDED_OVER");

        for (String day : List.of("2026-11-25", "2025-09-30")) {
            Api.Response refused = api.as("agent").put("/api/v1/units/" + unit + "/handover", Map.of("handedOverOn", day));
            assertThat(refused.status()).as(day + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("handedOverOn");
        }
        assertThat(api.as("agent").put("/api/v1/units/" + unit + "/handover", Map.of("handedOverOn", "not-a-date"))
                .status()).isEqualTo(400);
        assertThat(warranty("agent", unit).get("handedOverOn").isNull()).as("nothing saved").isTrue();

        handOver(unit, "2026-05-24"); // components no other test here lengthens: lamps 6 months, sanitary ware 12
        JsonNode warranty = warranty("agent", unit);
        assertThat(component(warranty, "LAMPS_SWITCHES").get("startsOn").asString()).isEqualTo("2026-05-24");
        assertThat(component(warranty, "LAMPS_SWITCHES").get("endsOn").asString()).isEqualTo("2026-11-23");
        assertThat(component(warranty, "LAMPS_SWITCHES").get("state").asString()).isEqualTo("ENDED");
        assertThat(component(warranty, "SANITARY_WARE").get("endsOn").asString()).isEqualTo("2027-05-23");
        assertThat(component(warranty, "SANITARY_WARE").get("state").asString()).isEqualTo("IN_WARRANTY");
        assertThat(api.as("engineer").put("/api/v1/units/" + unit + "/handover",
                Map.of("handedOverOn", "2026-05-24")).status()).isEqualTo(403);
    }

    @Test
    void anOwnerReadsTheWarrantyOfTheirOwnUnitOnlyWithItsCareGuide() {
        long own = api.homeOf("owner");
        JsonNode warranty = warranty("owner", own);

        // building 1 of 翠湖苑, handed over on 1 July 2024: five years against leaks, one year for windows
        assertThat(warranty.get("handedOverOn").asString()).isEqualTo("2024-07-01");
        assertThat(component(warranty, "ROOF").get("endsOn").asString()).isEqualTo("2029-06-30");
        assertThat(component(warranty, "ROOF").get("state").asString()).isEqualTo("IN_WARRANTY");
        assertThat(component(warranty, "WINDOW").get("state").asString()).isEqualTo("ENDED");
        assertThat(component(warranty, "FOUNDATION_STRUCTURE").get("endsOn").asString()).isEqualTo("2074-06-30");
        assertThat(component(warranty, "WINDOW").get("careGuide").get("care").asString()).contains("润滑");
        assertThat(api.as("hz-owner").get("/api/v1/units/" + own + "/warranty").status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/units/" + own + "/warranty").status()).isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/units/" + freshUnit("翠湖苑", "O1") + "/warranty").status())
                .isEqualTo(404);
    }

    @Test
    void intakeMarksARepairInWarrantyOnItsLastDayAndOutTheDayAfterAndAnEditDoesNotRewriteIt() {
        long unit = freshUnit("锦澜园", "B1");
        completedOn(project("锦澜园"), "2025-10-01");
        handOver(unit, "2026-09-24"); // blocked pipes: two months, the last day 23 November 2026

        clock.set(Instant.parse("2026-11-23T15:59:59Z")); // 23:59:59 in Shanghai
        JsonNode lastDay = intake(unit, "BLOCKED_PIPE");
        clock.set(Instant.parse("2026-11-23T16:00:00Z")); // midnight in Shanghai: the day after
        JsonNode dayAfter = intake(unit, "BLOCKED_PIPE");

        assertThat(lastDay.get("intakeWarranty").get("warranty").asString()).isEqualTo("IN_WARRANTY");
        assertThat(lastDay.get("intakeWarranty").get("endsOn").asString()).isEqualTo("2026-11-23");
        assertThat(dayAfter.get("intakeWarranty").get("warranty").asString()).isEqualTo("OUT_OF_WARRANTY");
        int decidedUnder = dayAfter.get("intakeWarranty").get("certificateVersion").asInt();

        String url = certificateOf(project("锦澜园"));
        int version = api.as("manager").get(url).json().get("version").asInt();
        assertThat(api.as("manager").put(url, edit(version, Map.of("BLOCKED_PIPE", 12))).status()).isEqualTo(200);
        assertThat(given.get(dayAfter.get("id").asLong()).get("intakeWarranty").get("warranty").asString())
                .as("decided at intake, under version " + decidedUnder).isEqualTo("OUT_OF_WARRANTY");
        assertThat(intake(unit, "BLOCKED_PIPE").get("intakeWarranty").get("warranty").asString())
                .isEqualTo("IN_WARRANTY");
        assertThat(intake(unit, null).get("intakeWarranty").isNull()).as("no component, no decision").isTrue();
    }

    @Test
    void anOutOfWarrantyRepairIsDoneOnlyAfterTheOwnerAcceptsTheQuotedPrice() {
        long own = api.homeOf("owner");
        Map<String, Object> body = given.repairBody(own);
        body.remove("reporter");
        body.put("customerId", api.as("owner").get("/api/v1/me").json().get("customerId").asLong());
        body.put("componentCode", "WINDOW"); // one year from 1 July 2024: ended
        long id = given.register(body);
        assertThat(given.get(id).get("intakeWarranty").get("warranty").asString()).isEqualTo("OUT_OF_WARRANTY");
        given.walk(id, "REPAIR", 3);

        Api.Response noQuote = api.as("engineer").post(action(id, "agree-plan"), given.body("agree-plan", "REPAIR"));
        assertThat(noQuote.status()).isEqualTo(400);
        assertThat(noQuote.json().get("errors").get(0).get("field").asString()).isEqualTo("quotedFen");
        Map<String, Object> quoted = new HashMap<>(given.body("agree-plan", "REPAIR"));
        quoted.put("quotedFen", 30_000);
        given.act(id, "engineer", "agree-plan", quoted);
        Map<String, Object> paid = Map.of("warranty", "OUT_OF_WARRANTY", "chargeFen", 30_000);
        Api.Response early = api.as("engineer").post(action(id, "complete"), paid);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).endsWith("quote-not-accepted");

        given.act(id, "owner", "confirm-plan", Map.of("accepted", true));
        JsonNode done = given.act(id, "engineer", "complete", paid);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("completion").get("chargeFen").asLong()).isEqualTo(30_000);
    }

    // ---- helpers ----

    private long project(String name) {
        return StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    private static String certificateOf(long project) {
        return "/api/v1/projects/" + project + "/warranty-certificate";
    }

    private static String action(long id, String action) {
        return "/api/v1/requests/" + id + "/actions/" + action;
    }

    private static Map<String, Object> edit(int version, Map<String, ?> periods) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("periods", periods);
        body.put("reason", "测试");
        return body;
    }

    private static Map<String, Object> withCompletion(Map<String, Object> body, String completedOn) {
        body.put("completedOn", completedOn);
        return body;
    }

    private void completedOn(long project, String day) {
        String url = certificateOf(project);
        JsonNode current = api.as("manager").get(url).json();
        Api.Response stored = api.as("manager").put(url,
                withCompletion(edit(current.get("version").asInt(), Map.of()), day));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    }

    private long freshUnit(String projectName, String prefix) {
        long building = api.as("manager").get("/api/v1/projects/" + project(projectName) + "/buildings").json().get(0)
                .get("id").asLong();
        String unitNo = prefix + "-" + System.nanoTime() % 100_000_000;
        Api.Response created = api.as("manager").post("/api/v1/units", Map.of("buildingId", building, "unitNo", unitNo));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void handOver(long unit, String day) {
        Api.Response response = api.as("agent").put("/api/v1/units/" + unit + "/handover", Map.of("handedOverOn", day));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private JsonNode warranty(String who, long unit) {
        Api.Response response = api.as(who).get("/api/v1/units/" + unit + "/warranty");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode intake(long unit, String component) {
        Map<String, Object> body = given.repairBody(unit);
        if (component != null) {
            body.put("componentCode", component);
        }
        return given.get(given.register(body));
    }

    private static JsonNode component(JsonNode warranty, String code) {
        return StreamSupport.stream(warranty.get("components").spliterator(), false)
                .filter(c -> c.get("componentCode").asString().equals(code)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> months(JsonNode certificate) {
        Map<String, Integer> months = new HashMap<>();
        certificate.get("periods").forEach(p -> months.put(p.get("componentCode").asString(),
                p.get("months").isNull() ? null : p.get("months").asInt()));
        return months;
    }
}
