package com.estatecare.delivery;

import static com.estatecare.delivery.OpenDayFixtures.addSlot;
import static com.estatecare.delivery.OpenDayFixtures.awaitStart;
import static com.estatecare.delivery.OpenDayFixtures.mine;
import static com.estatecare.delivery.OpenDayFixtures.project;
import static com.estatecare.delivery.OpenDayFixtures.slot;
import static com.estatecare.delivery.OpenDayFixtures.slotAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * Time slots of an open day (业主开放日) over HTTP against PostgreSQL, the test clock on 24 November 2026: staff
 * divide a day into slots with their own places; owners sign up for a slot, wait in the slot's own line, change
 * slot and cancel, the freed place going to the first in that slot's line; of several owners asking at once for a
 * slot's last place exactly one gets it; the staff read the sign-ups slot by slot; hostile slots and sign-ups are
 * problems naming the field, in the user's language, and change nothing; the other company sees nothing.
 */
@EstateCareTest
class OpenDaySlotTests {

    private static final String NINE = "2026-12-05T01:00:00Z";
    private static final String TEN = "2026-12-05T02:00:00Z";
    private static final String ELEVEN = "2026-12-05T03:00:00Z";

    @Autowired
    Api api;

    @Test
    void ownersSignUpForASlotWaitInItsLineChangeSlotAndCancel() {
        long project = project(api);
        long day = schedule(project, 30);
        JsonNode first = addSlot(api, day, NINE, TEN, 1);
        long nine = slotAt(first, NINE);
        long ten = slotAt(addSlot(api, day, TEN, ELEVEN, 20), TEN);
        String second = OpenDayTests.secondOwner(api, project);
        Api.Caller other = api.basic(second, "secret-123");

        Api.Response withoutSlot = api.as("owner").post(signUp(day), Map.of());
        assertThat(withoutSlot.status()).as(withoutSlot.body()).isEqualTo(400);
        assertThat(withoutSlot.body()).contains("slotId").contains("必填");

        JsonNode mine = api.as("owner").post(signUp(day), Map.of("slotId", nine)).json();
        assertThat(mine.get("mySignUp").asString()).isEqualTo("CONFIRMED");
        assertThat(mine.get("mySlotId").asLong()).isEqualTo(nine);
        JsonNode waiting = other.post(signUp(day), Map.of("slotId", nine)).json();
        assertThat(waiting.get("mySignUp").asString()).as("the 9 o'clock slot is full").isEqualTo("WAITING");
        assertThat(waiting.get("myPosition").asInt()).isEqualTo(1);
        assertThat(slot(waiting, nine).get("waiting").asInt()).isEqualTo(1);
        assertThat(slot(waiting, ten).get("confirmed").asInt()).as("the other slot's places are its own").isZero();

        JsonNode moved = api.as("owner").post(signUp(day), Map.of("slotId", ten)).json();
        assertThat(moved.get("mySlotId").asLong()).as("changing slot").isEqualTo(ten);
        assertThat(moved.get("mySignUp").asString()).isEqualTo("CONFIRMED");
        JsonNode promoted = mine(other, day);
        assertThat(promoted.get("mySignUp").asString()).as("the freed place goes to the first in line")
                .isEqualTo("CONFIRMED");
        assertThat(promoted.get("mySlotId").asLong()).isEqualTo(nine);
        assertThat(api.as("owner").post(signUp(day), Map.of("slotId", ten)).json().get("confirmed").asInt())
                .as("again for the same slot changes nothing").isEqualTo(2);

        JsonNode signUps = api.as("agent").get("/api/v1/delivery/open-days/" + day + "/sign-ups").json();
        assertThat(StreamSupport.stream(signUps.spliterator(), false).map(s -> s.get("slotId").asLong()).toList())
                .as("the staff read them slot by slot").containsExactly(nine, ten);

        JsonNode cancelled = api.as("owner").delete("/api/v1/delivery/open-days/" + day + "/sign-up").json();
        assertThat(cancelled.get("mySignUp").asString()).isEqualTo("CANCELLED");
        assertThat(slot(cancelled, ten).get("confirmed").asInt()).isZero();

        assertThat(api.as("hz-owner").post(signUp(day), Map.of("slotId", nine)).status()).isEqualTo(404);
        assertThat(api.as("hz-manager").post("/api/v1/delivery/open-days/" + day + "/slots",
                Map.of("startsAt", ELEVEN, "endsAt", "2026-12-05T04:00:00Z", "capacity", 1)).status())
                .isEqualTo(404);
        assertThat(api.as("hz-manager").get("/api/v1/delivery/open-days/" + day + "/sign-ups").status())
                .isEqualTo(404);
        assertThat(api.as("engineer").post("/api/v1/delivery/open-days/" + day + "/slots",
                Map.of("startsAt", ELEVEN, "endsAt", "2026-12-05T04:00:00Z", "capacity", 1)).status())
                .isEqualTo(403);
    }

    @Test
    void ofOwnersAskingAtOnceForASlotsLastPlaceExactlyOneGetsIt() throws Exception {
        long project = project(api);
        long day = schedule(project, 10);
        long slot = slotAt(addSlot(api, day, NINE, TEN, 1), NINE);
        List<Api.Caller> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(api.basic(OpenDayTests.secondOwner(api, project), "secret-123"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(owners.size());
        try {
            List<CompletableFuture<String>> asked = owners.stream().map(owner -> CompletableFuture.supplyAsync(() -> {
                awaitStart(start);
                return owner.post(signUp(day), Map.of("slotId", slot)).json().get("mySignUp").asString();
            }, pool)).toList();
            start.countDown();
            CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertThat(asked.stream().map(CompletableFuture::join).toList())
                    .containsExactlyInAnyOrder("CONFIRMED", "WAITING", "WAITING", "WAITING");
        } finally {
            pool.shutdown();
        }
        JsonNode staff = StreamSupport.stream(api.as("agent").get("/api/v1/delivery/projects/" + project
                + "/open-days").json().spliterator(), false).filter(d -> d.get("id").asLong() == day).findFirst()
                .orElseThrow();
        assertThat(slot(staff, slot).get("confirmed").asInt()).isEqualTo(1);
        assertThat(slot(staff, slot).get("waiting").asInt()).isEqualTo(3);
        List<Integer> positions = StreamSupport.stream(api.as("agent").get("/api/v1/delivery/open-days/" + day
                + "/sign-ups").json().spliterator(), false).filter(s -> s.get("status").asString().equals("WAITING"))
                .map(s -> s.get("position").asInt()).toList();
        assertThat(positions).containsExactly(1, 2, 3);
    }

    @Test
    void hostileSlotsAreProblemsNamingTheFieldInTheUsersLanguageAndAddNothing() {
        long project = project(api);
        long day = schedule(project, 30);
        addSlot(api, day, NINE, TEN, 20);
        String url = "/api/v1/delivery/open-days/" + day + "/slots";
        Map<String, List<Map<String, Object>>> hostile = Map.of(
                "endsAt", List.of(Map.of("startsAt", ELEVEN, "endsAt", TEN, "capacity", 1),
                        Map.of("startsAt", TEN, "endsAt", "2026-12-05T06:00:00Z", "capacity", 1)),
                "startsAt", List.of(Map.of("startsAt", "2026-12-05T01:30:00Z", "endsAt", ELEVEN, "capacity", 1),
                        Map.of("startsAt", "2026-12-05T00:00:00Z", "endsAt", "2026-12-05T00:30:00Z", "capacity", 1)),
                "capacity", List.of(Map.of("startsAt", TEN, "endsAt", ELEVEN, "capacity", 0),
                        Map.of("startsAt", TEN, "endsAt", ELEVEN, "capacity", -5),
                        Map.of("startsAt", TEN, "endsAt", ELEVEN, "capacity", 1_000_000_000),
                        Map.of("startsAt", TEN, "endsAt", ELEVEN, "capacity", 11)));
        hostile.forEach((field, bodies) -> bodies.forEach(body -> {
            Api.Response refused = api.as("agent").post(url, body);
            assertThat(refused.status()).as(body + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        }));
        Api.Response english = api.as("agent").english().post(url,
                Map.of("startsAt", "2026-12-05T01:30:00Z", "endsAt", ELEVEN, "capacity", 1));
        assertThat(english.body()).contains("overlaps the slot 09:00–10:00").doesNotContainPattern("\\p{IsHan}");
        assertThat(api.as("agent").post(url, Map.of("startsAt", "2026-12-05T01:30:00Z", "endsAt", ELEVEN,
                "capacity", 1)).body()).contains("与已有时段 09:00–10:00 重叠");
        assertThat(api.as("agent").post(url, Map.of("startsAt", "not a time", "endsAt", ELEVEN, "capacity", 1))
                .status()).isEqualTo(400);
        assertThat(api.as("agent").post(url, Map.of("startsAt", TEN, "endsAt", ELEVEN)).status()).isEqualTo(400);
        JsonNode after = StreamSupport.stream(api.as("agent").get("/api/v1/delivery/projects/" + project
                + "/open-days").json().spliterator(), false).filter(d -> d.get("id").asLong() == day).findFirst()
                .orElseThrow();
        assertThat(after.get("slots").size()).as("nothing added").isEqualTo(1);

        long slot = after.get("slots").get(0).get("id").asLong();
        for (Object bad : List.of(-1, 0, "x", Long.MAX_VALUE)) {
            Api.Response refused = api.as("owner").post(signUp(day), Map.of("slotId", bad));
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("slotId");
        }
        long otherDaysSlot = slotAt(addSlot(api, schedule(project, 5), NINE, TEN, 5), NINE);
        assertThat(api.as("owner").post(signUp(day), Map.of("slotId", otherDaysSlot)).status())
                .as("another day's slot").isEqualTo(400);
        assertThat(mine(api.as("owner"), day).hasNonNull("mySignUp")).as("not signed up").isFalse();
        assertThat(slot).isPositive();
    }

    @Test
    void aDayWhoseOwnersSignedUpWholeTakesNoSlot() {
        long project = project(api);
        long day = schedule(project, 5);
        assertThat(api.as("owner").post(signUp(day), Map.of()).json().get("mySignUp").asString())
                .isEqualTo("CONFIRMED");
        Api.Response refused = api.as("agent").post("/api/v1/delivery/open-days/" + day + "/slots",
                Map.of("startsAt", NINE, "endsAt", TEN, "capacity", 2));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("已有业主按整天报名");
    }

    // ---- helpers ----

    private static String signUp(long day) {
        return "/api/v1/delivery/open-days/" + day + "/sign-up";
    }

    private long schedule(long project, int capacity) {
        Api.Response created = api.as("agent").post("/api/v1/delivery/projects/" + project + "/open-days",
                Map.of("title", "业主开放日", "startsAt", NINE, "endsAt", "2026-12-05T05:00:00Z", "capacity", capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

}
