package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * What the delivery screens need over HTTP against PostgreSQL: the board's figures of findings (open, rectified,
 * re-inspected), keys and open-day attendance moving with what happens in the project; an open day's sign-ups with
 * the waiting line and attendance recorded for confirmed owners once it has begun; contractors edited; hostile
 * input a problem naming its field that changes nothing; the other company sees none of it.
 */
@EstateCareTest
class DeliveryProgrammeTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void theBoardCountsFindingsKeysAndAttendanceAsTheyHappenAndTheOtherCompanySeesNone() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        JsonNode before = figures(project);
        long withFindings = appoint(InspectionWalkTests.unitOwnedBy(api, "owner", "B1"));
        long handedOver = InspectionWalkTests.unitOwnedBy(api, "owner", "B2");
        long clean = appoint(handedOver);
        for (String description : List.of("入户门划痕", "厨房台面裂纹", "卫生间地漏堵塞")) {
            assertThat(api.as("engineer").post(walk(withFindings) + "/findings", Map.of("room", "KITCHEN",
                    "componentCode", "WINDOW", "description", description)).status()).isEqualTo(201);
        }
        JsonNode delivered = api.as("engineer").post(walk(withFindings) + "/deliver", Map.of()).json();
        api.as("engineer").post(walk(clean) + "/deliver", Map.of());
        given.walk(delivered.get("findings").get(1).get("requestId").asLong(), "REPAIR", 5);
        given.walk(delivered.get("findings").get(2).get("requestId").asLong(), "REPAIR", 5);
        Api.Response reinspected = api.as("engineer").post(walk(withFindings) + "/findings/"
                + delivered.get("findings").get(2).get("id").asLong() + "/reinspection", Map.of("passed", true));
        assertThat(reinspected.status()).as(reinspected.body()).isEqualTo(200);

        long day = schedule(project, 1);
        assertThat(api.as("owner").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of()).status())
                .isEqualTo(200);
        JsonNode confirmed = signUps(day).get(0);
        Api.Response early = attend(day, confirmed.get("id").asLong(), true);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).endsWith("open-day-not-started");

        clock.set(Instant.parse("2026-12-05T02:00:00Z"));
        JsonNode during = figures(project);
        assertThat(attend(day, confirmed.get("id").asLong(), true).json().get("attended").asBoolean()).isTrue();
        assertThat(api.as("agent").put("/api/v1/units/" + handedOver + "/handover",
                Map.of("handedOverOn", "2026-12-05")).status()).isEqualTo(200);
        JsonNode after = figures(project);

        assertThat(delta(before, after, "inspected")).isEqualTo(2);
        assertThat(delta(before, after, "findingsOpen")).as("one finding still open").isEqualTo(1);
        assertThat(delta(before, after, "findingsRectified")).as("one repaired, awaiting re-inspection").isEqualTo(1);
        assertThat(delta(before, after, "findingsReinspected")).isEqualTo(1);
        assertThat(delta(before, after, "openDayConfirmed")).isEqualTo(1);
        assertThat(delta(before, after, "openDayAttended")).isEqualTo(1);
        assertThat(delta(during, after, "handedOver")).as("keys taken").isEqualTo(1);
        assertThat(delta(during, after, "awaitingKeys")).as("keys no longer awaited").isEqualTo(-1);
        assertThat(after.get("figures").get("units").asLong()).isPositive();

        assertThat(api.as("hz-manager").get("/api/v1/delivery/projects/" + project + "/board").status())
                .isEqualTo(404);
        assertThat(api.as("hz-manager").get("/api/v1/delivery/open-days/" + day + "/sign-ups").status())
                .isEqualTo(404);
        assertThat(api.as("hz-manager").put("/api/v1/delivery/open-days/" + day + "/sign-ups/"
                + confirmed.get("id").asLong() + "/attendance", Map.of("attended", false)).status()).isEqualTo(404);
        assertThat(api.as("hz-owner").get("/api/v1/delivery/open-days/" + day + "/sign-ups").status())
                .isEqualTo(403);
        assertThat(signUps(day).get(0).get("attended").asBoolean()).as("unchanged by the other company").isTrue();
    }

    @Test
    void theWaitingLineIsInOrderAndOnlyConfirmedOwnersAreRecordedAsAttending() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        long day = schedule(project, 1);
        String second = OpenDayTests.secondOwner(api, project);
        api.as("owner").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of());
        api.basic(second, "secret-123").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of());

        JsonNode list = signUps(day);
        assertThat(list.get(0).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(list.get(0).get("position").isNull()).isTrue();
        assertThat(list.get(1).get("status").asString()).isEqualTo("WAITING");
        assertThat(list.get(1).get("position").asInt()).isEqualTo(1);
        assertThat(list.get(1).get("customer").asString()).isEqualTo("开放日业主");
        assertThat(list.toString()).as("no phone on the list").doesNotContain("phone");

        clock.set(Instant.parse("2026-12-05T02:00:00Z"));
        Api.Response waiting = attend(day, list.get(1).get("id").asLong(), true);
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(409);
        assertThat(waiting.json().get("type").asString()).endsWith("sign-up-not-confirmed");
        for (Object hostile : List.of(Map.of(), Map.of("attended", "vielleicht"))) {
            Api.Response refused = attend(day, list.get(0).get("id").asLong(), hostile);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("attended");
        }
        assertThat(attend(day, Long.MAX_VALUE, true).status()).isEqualTo(404);
        assertThat(signUps(day).get(0).get("attended").isNull()).as("nothing recorded").isTrue();
        assertThat(api.as("agent").get("/api/v1/delivery/projects/" + project + "/open-days").json().valueStream()
                .filter(d -> d.get("id").asLong() == day).findFirst().orElseThrow().get("place").asString())
                .isEqualTo("3号楼售楼处");
    }

    @Test
    void contractorsAreRenamedOnceEachAndHostileNamesAreProblemsThatChangeNothing() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        String url = "/api/v1/delivery/projects/" + project + "/contractors";
        String suffix = "-" + System.nanoTime() % 1_000_000;
        long first = api.as("manager").post(url, Map.of("name", "中建三局" + suffix, "trade", "土建")).json().get("id")
                .asLong();
        api.as("manager").post(url, Map.of("name", "华东幕墙" + suffix));

        Api.Response renamed = api.as("manager").put(url + "/" + first, Map.of("name", "中建三局一公司" + suffix,
                "trade", "精装修"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("trade").asString()).isEqualTo("精装修");
        Api.Response taken = api.as("manager").put(url + "/" + first, Map.of("name", "华东幕墙" + suffix));
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.body()).contains("name");
        Map<String, Map<String, Object>> hostile = Map.of("name", Map.of("name", " "), "trade",
                Map.of("name", "好名字", "trade", "长".repeat(101)));
        hostile.forEach((field, body) -> {
            Api.Response refused = api.as("manager").put(url + "/" + first, body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        });
        Api.Response huge = api.as("manager").put(url + "/" + first, Map.of("name", "名".repeat(5_000)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(api.as("manager").put(url + "/" + Long.MAX_VALUE, Map.of("name", "无名")).status()).isEqualTo(404);
        assertThat(api.as("hz-manager").put(url + "/" + first, Map.of("name", "杭州改名")).status()).isEqualTo(404);
        assertThat(api.as("agent").put(url + "/" + first, Map.of("name", "客服改名")).status()).isEqualTo(403);
        assertThat(api.as("manager").get(url).json().valueStream().filter(c -> c.get("id").asLong() == first)
                .findFirst().orElseThrow().get("name").asString()).as("unchanged").isEqualTo("中建三局一公司" + suffix);
    }

    private JsonNode figures(long project) {
        Api.Response board = api.as("manager").get("/api/v1/delivery/projects/" + project + "/board?limit=1");
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        return board.json();
    }

    private static long delta(JsonNode before, JsonNode after, String figure) {
        return after.get("figures").get(figure).asLong() - before.get("figures").get(figure).asLong();
    }

    private long appoint(long unit) {
        Api.Response appointed = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unit, "appointedAt", "2026-12-01T02:00:00Z", "inspector", "张工"));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        return appointed.json().get("id").asLong();
    }

    private long schedule(long project, int capacity) {
        Api.Response created = api.as("agent").post("/api/v1/delivery/projects/" + project + "/open-days",
                Map.of("title", "工地开放日", "place", "3号楼售楼处", "startsAt", "2026-12-05T01:00:00Z",
                        "endsAt", "2026-12-05T05:00:00Z", "capacity", capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode signUps(long day) {
        Api.Response list = api.as("agent").get("/api/v1/delivery/open-days/" + day + "/sign-ups");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json();
    }

    private Api.Response attend(long day, long signUp, Object body) {
        return api.as("agent").put("/api/v1/delivery/open-days/" + day + "/sign-ups/" + signUp + "/attendance",
                body instanceof Boolean b ? Map.of("attended", b) : body);
    }

    private static String walk(long inspection) {
        return "/api/v1/delivery/inspections/" + inspection;
    }
}
