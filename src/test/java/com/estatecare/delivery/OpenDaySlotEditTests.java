package com.estatecare.delivery;

import static com.estatecare.delivery.OpenDayFixtures.addSlot;
import static com.estatecare.delivery.OpenDayFixtures.awaitStart;
import static com.estatecare.delivery.OpenDayFixtures.mine;
import static com.estatecare.delivery.OpenDayFixtures.project;
import static com.estatecare.delivery.OpenDayFixtures.slot;
import static com.estatecare.delivery.OpenDayFixtures.slotAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * Staff change and remove an open day's time slots over HTTP against PostgreSQL (decision 053), the test clock on 24
 * November 2026: by the rules of adding one; a change or removal that would take owners' places or chosen time is
 * refused with 409 naming how many, unless the request says to cancel them, when each is told once (inbox and
 * outbox) and the change audited; new places go to the first in line; a sign-up racing a removal never stays on the
 * removed slot; the other company sees nothing, an owner may not, and hostile input is a problem naming the field.
 */
@EstateCareTest
class OpenDaySlotEditTests {

    private static final String NINE = "2026-12-06T01:00:00Z";
    private static final String TEN = "2026-12-06T02:00:00Z";
    private static final String ELEVEN = "2026-12-06T03:00:00Z";
    private static final String NOON = "2026-12-06T04:00:00Z";
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSlotsPlacesRaisedGoToTheFirstInLineAndItsTimeMovesWhileNobodySignedUp() {
        long project = project(api);
        long day = schedule(project, 30, "调整时段开放日");
        long nine = slotAt(addSlot(api, day, NINE, TEN, 1), NINE);
        long ten = slotAt(addSlot(api, day, TEN, ELEVEN, 5), TEN);
        Api.Caller first = owner(project);
        Api.Caller second = owner(project);
        assertThat(first.post(signUp(day), Map.of("slotId", nine)).json().get("mySignUp").asString())
                .isEqualTo("CONFIRMED");
        assertThat(second.post(signUp(day), Map.of("slotId", nine)).json().get("mySignUp").asString())
                .isEqualTo("WAITING");

        Api.Response raised = edit(day, nine, NINE, TEN, 2, null);
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(slot(raised.json(), nine).get("confirmed").asInt()).isEqualTo(2);
        assertThat(slot(raised.json(), nine).get("waiting").asInt()).isZero();
        assertThat(mine(second, day).get("mySignUp").asString()).as("the first in line took the new place")
                .isEqualTo("CONFIRMED");

        Api.Response moved = edit(day, ten, ELEVEN, NOON, 4, null);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode slot = slot(moved.json(), ten);
        assertThat(Instant.parse(slot.get("startsAt").asString())).isEqualTo(Instant.parse(ELEVEN));
        assertThat(slot.get("capacity").asInt()).isEqualTo(4);

        JsonNode audited = api.as("auditor").get("/api/v1/audit-log", Map.of("action", "OPEN_DAY_SLOT_CHANGED",
                "recordType", "OPEN_DAY", "recordId", day, "from", "2026-11-20", "to", "2026-11-30")).json();
        List<String> changes = StreamSupport.stream(audited.get("items").spliterator(), false)
                .map(e -> e.get("reason").asString()).toList();
        assertThat(changes).containsExactlyInAnyOrder("ADDED", "ADDED", "CHANGED", "CHANGED");
    }

    @Test
    void placesBelowThoseConfirmedAreRefusedNamingHowManyUnlessTheOwnersConfirmedLastAreCancelledAndToldOnce() {
        long project = project(api);
        String title = "名额下调开放日-" + System.nanoTime() % 100_000;
        long day = schedule(project, 30, title);
        long nine = slotAt(addSlot(api, day, NINE, TEN, 3), NINE);
        Api.Caller first = owner(project);
        Api.Caller second = owner(project);
        Api.Caller third = owner(project);
        for (Api.Caller owner : List.of(first, second, third)) {
            assertThat(owner.post(signUp(day), Map.of("slotId", nine)).json().get("mySignUp").asString())
                    .isEqualTo("CONFIRMED");
        }

        Api.Response refused = edit(day, nine, NINE, TEN, 1, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("signedUp").asInt()).isEqualTo(2);
        assertThat(refused.json().get("detail").asString()).contains("有 2 位业主");
        Api.Response english = api.as("agent").english().put(slotUrl(day, nine),
                Map.of("startsAt", NINE, "endsAt", TEN, "capacity", 1));
        assertThat(english.json().get("detail").asString()).contains("2 owners").doesNotContainPattern("\\p{IsHan}");
        assertThat(slot(day(project, day), nine).get("capacity").asInt()).as("nothing changed").isEqualTo(3);

        Api.Response lowered = edit(day, nine, NINE, TEN, 1, true);
        assertThat(lowered.status()).as(lowered.body()).isEqualTo(200);
        assertThat(slot(lowered.json(), nine).get("confirmed").asInt()).isEqualTo(1);
        assertThat(mine(first, day).get("mySignUp").asString()).as("first come, first kept").isEqualTo("CONFIRMED");
        assertThat(mine(second, day).get("mySignUp").asString()).isEqualTo("CANCELLED");
        assertThat(mine(third, day).get("mySignUp").asString()).isEqualTo("CANCELLED");

        for (Api.Caller cancelled : List.of(second, third)) {
            await().atMost(BOUND).until(() -> told(cancelled, title) == 1);
        }
        assertThat(told(first, title)).as("the owner kept is not told").isZero();
        await().during(Duration.ofSeconds(2)).atMost(BOUND).until(() -> told(second, title) == 1);
    }

    @Test
    void aSlotWithOwnersIsRemovedOnlyWhenTheirSignUpsAreCancelledAndEachIsTold() {
        long project = project(api);
        String title = "删除时段开放日-" + System.nanoTime() % 100_000;
        long day = schedule(project, 30, title);
        long nine = slotAt(addSlot(api, day, NINE, TEN, 1), NINE);
        long ten = slotAt(addSlot(api, day, TEN, ELEVEN, 1), TEN);
        long holdingCustomer = customerWithPhone(project);
        Api.Caller holding = api.basic(account(holdingCustomer), "secret-123");
        Api.Caller waiting = owner(project);
        assertThat(holding.post(signUp(day), Map.of("slotId", nine)).status()).isEqualTo(200);
        assertThat(waiting.post(signUp(day), Map.of("slotId", nine)).json().get("mySignUp").asString())
                .isEqualTo("WAITING");

        Api.Response refused = api.as("agent").delete(slotUrl(day, nine));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("signedUp").asInt()).isEqualTo(2);
        assertThat(refused.json().get("confirmed").asInt()).isEqualTo(1);
        assertThat(refused.json().get("waiting").asInt()).isEqualTo(1);
        assertThat(day(project, day).get("slots").size()).as("nothing removed").isEqualTo(2);

        Api.Response removed = api.as("agent").delete(slotUrl(day, nine) + "?cancelSignUps=true");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(StreamSupport.stream(removed.json().get("slots").spliterator(), false).map(s -> s.get("id")
                .asLong()).toList()).containsExactly(ten);
        assertThat(mine(holding, day).get("mySignUp").asString()).isEqualTo("CANCELLED");
        assertThat(mine(waiting, day).get("mySignUp").asString()).isEqualTo("CANCELLED");
        await().atMost(BOUND).until(() -> told(holding, title) == 1 && told(waiting, title) == 1);
        await().atMost(BOUND).until(() -> texts(holdingCustomer) == 1);
        await().during(Duration.ofSeconds(2)).atMost(BOUND).until(() -> texts(holdingCustomer) == 1);
        assertThat(jdbc.sql("select body from outbound_message where customer_id = :c and kind = :k")
                .param("c", holdingCustomer).param("k", "OPEN_DAY_SLOT_CANCELLED").query(String.class).single())
                .as("the text message names the day and the slot").contains(title, "09:00–10:00");
        assertThat(holding.post(signUp(day), Map.of("slotId", ten)).json().get("mySignUp").asString())
                .as("they may choose another slot").isEqualTo("CONFIRMED");

        Api.Response empty = api.as("agent").delete(slotUrl(day, ten) + "?cancelSignUps=false");
        assertThat(empty.status()).as("the owner just signed up").isEqualTo(409);
        assertThat(holding.delete("/api/v1/delivery/open-days/" + day + "/sign-up").status()).isEqualTo(200);
        assertThat(api.as("agent").delete(slotUrl(day, ten)).status()).as("nobody left on it").isEqualTo(200);
        assertThat(day(project, day).get("slots").size()).isZero();

        JsonNode audited = api.as("auditor").get("/api/v1/audit-log", Map.of("action", "OPEN_DAY_SLOT_CHANGED",
                "recordType", "OPEN_DAY", "recordId", day, "from", "2026-11-20", "to", "2026-11-30")).json();
        JsonNode removal = StreamSupport.stream(audited.get("items").spliterator(), false)
                .filter(e -> e.get("reason").asString().equals("REMOVED")
                        && e.get("detail").get("slotId").asLong() == nine)
                .findFirst().orElseThrow();
        assertThat(removal.get("detail").get("cancelled").size()).isEqualTo(2);
        assertThat(removal.get("actorName").asString()).isNotBlank();
    }

    @Test
    void aSignUpRacingARemovalNeverStaysOnTheRemovedSlot() throws Exception {
        long project = project(api);
        String title = "并发删除开放日-" + System.nanoTime() % 100_000;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String dayTitle = title + "-" + round;
                long day = schedule(project, 30, dayTitle);
                long nine = slotAt(addSlot(api, day, NINE, TEN, 5), NINE);
                Api.Caller owner = owner(project);
                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<Api.Response> signing = CompletableFuture.supplyAsync(() -> {
                    awaitStart(start);
                    return owner.post(signUp(day), Map.of("slotId", nine));
                }, pool);
                CompletableFuture<Api.Response> removing = CompletableFuture.supplyAsync(() -> {
                    awaitStart(start);
                    return api.as("agent").delete(slotUrl(day, nine) + "?cancelSignUps=true");
                }, pool);
                start.countDown();
                Api.Response signed = signing.get(60, TimeUnit.SECONDS);
                assertThat(removing.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
                assertThat(signed.status()).as(signed.body()).isIn(200, 400);
                JsonNode mine = mine(owner, day);
                assertThat(mine.hasNonNull("mySlotId")).as("no sign-up on a removed slot").isFalse();
                assertThat(jdbc.sql("""
                        select count(*) from open_day_signup
                        where open_day_id = :day and status in ('CONFIRMED', 'WAITING')""")
                        .param("day", day).query(Long.class).single()).isZero();
                if (signed.status() == 200) {
                    assertThat(mine.get("mySignUp").asString()).isEqualTo("CANCELLED");
                    await().atMost(BOUND).until(() -> told(owner, dayTitle) == 1);
                } else {
                    assertThat(signed.body()).contains("slotId");
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anotherCompanysManagerAnOwnerAndHostileInputChangeNothing() {
        long project = project(api);
        long day = schedule(project, 30, "越权开放日");
        long nine = slotAt(addSlot(api, day, NINE, TEN, 5), NINE);
        Map<String, Object> fine = Map.of("startsAt", NINE, "endsAt", TEN, "capacity", 4);

        assertThat(api.as("hz-manager").put(slotUrl(day, nine), fine).status()).as("another company").isEqualTo(404);
        assertThat(api.as("hz-manager").delete(slotUrl(day, nine) + "?cancelSignUps=true").status()).isEqualTo(404);
        assertThat(api.as("owner").put(slotUrl(day, nine), fine).status()).isEqualTo(403);
        assertThat(api.as("owner").delete(slotUrl(day, nine)).status()).isEqualTo(403);
        assertThat(api.as("engineer").delete(slotUrl(day, nine)).status()).isEqualTo(403);
        long otherDay = schedule(project, 5, "另一开放日");
        Api.Response foreign = api.as("agent").put(slotUrl(otherDay, nine), fine);
        assertThat(foreign.status()).as("a slot of another day").isEqualTo(404);
        assertThat(api.as("agent").put(slotUrl(day, 999_999_999_999L), fine).status()).isEqualTo(404);
        assertThat(api.as("agent").delete(slotUrl(day, 999_999_999_999L)).status()).isEqualTo(404);
        assertThat(api.as("agent").delete("/api/v1/delivery/open-days/" + day + "/slots/x").status())
                .isEqualTo(400);
        assertThat(api.as("agent").delete(slotUrl(day, nine) + "?cancelSignUps=perhaps").status())
                .isEqualTo(400);

        long ten = slotAt(addSlot(api, day, TEN, ELEVEN, 5), TEN);
        Map<String, List<Map<String, Object>>> hostile = Map.of(
                "capacity", List.of(body(NINE, TEN, -1), body(NINE, TEN, 0), body(NINE, TEN, 1_000_000_000),
                        body(NINE, TEN, 26)),
                "startsAt", List.of(body("2026-12-06T01:30:00Z", ELEVEN, 1), body("2026-12-05T23:00:00Z", TEN, 1),
                        body("not a time", TEN, 1), body("2026-13-40T99:00:00Z", TEN, 1)),
                "endsAt", List.of(body(TEN, NINE, 1), body(NINE, "2026-12-06T09:00:00Z", 1), body(NINE, "", 1)));
        hostile.forEach((field, bodies) -> bodies.forEach(body -> {
            Api.Response refused = api.as("agent").put(slotUrl(day, nine), body);
            assertThat(refused.status()).as(body + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).as(body.toString()).contains("\"" + field + "\"");
        }));
        Api.Response english = api.as("agent").english().put(slotUrl(day, nine), body("2026-12-06T01:30:00Z", ELEVEN,
                1));
        assertThat(english.body()).contains("overlaps the slot 10:00–11:00").doesNotContainPattern("\\p{IsHan}");
        assertThat(api.as("agent").put(slotUrl(day, nine), body("2026-12-06T01:30:00Z", ELEVEN, 1)).body())
                .contains("与已有时段 10:00–11:00 重叠");
        assertThat(api.as("agent").put(slotUrl(day, nine), Map.of("startsAt", NINE, "endsAt", TEN)).status())
                .as("no capacity").isEqualTo(400);
        JsonNode after = day(project, day);
        assertThat(slot(after, nine).get("capacity").asInt()).as("nothing changed").isEqualTo(5);
        assertThat(slot(after, ten).get("capacity").asInt()).isEqualTo(5);
    }

    // ---- helpers ----

    private static Map<String, Object> body(String from, String to, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("startsAt", from);
        body.put("endsAt", to);
        body.put("capacity", capacity);
        return body;
    }

    private Api.Response edit(long day, long slot, String from, String to, int capacity, Boolean cancel) {
        Map<String, Object> body = body(from, to, capacity);
        if (cancel != null) {
            body.put("cancelSignUps", cancel);
        }
        return api.as("agent").put(slotUrl(day, slot), body);
    }

    /** How many notices of the open day's slot change the owner read in their inbox. */
    private static long told(Api.Caller owner, String title) {
        return StreamSupport.stream(owner.get("/api/v1/me/inbox", Map.of("limit", 100)).json().get("items")
                .spliterator(), false).filter(n -> n.get("kind").asString().equals("OPEN_DAY_SLOT_CANCELLED")
                        && n.get("title").asString().contains(title))
                .count();
    }

    /** The messages of a cancelled sign-up queued for the customer (by text message: they have a phone only). */
    private long texts(long customer) {
        return jdbc.sql("select count(*) from outbound_message where customer_id = :c and kind = :k")
                .param("c", customer).param("k", "OPEN_DAY_SLOT_CANCELLED").query(Long.class).single();
    }

    /** An owner of a new unit of the project with a mobile phone and no e-mail. */
    private long customerWithPhone(long project) {
        long building = api.as("manager").get("/api/v1/projects/" + project + "/buildings").json().get(0).get("id")
                .asLong();
        long unit = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", "T-" + System.nanoTime() % 100_000_000)).json().get("id")
                .asLong();
        Api.Response customer = api.as("manager").post("/api/v1/customers", Map.of("name", "时段业主", "kind",
                "NEW_OWNER", "projectId", project, "phone", "139" + String.format("%08d",
                        System.nanoTime() % 100_000_000)));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        long id = customer.json().get("id").asLong();
        assertThat(api.as("manager").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unit, "role", "OWNER")).status()).isEqualTo(201);
        return id;
    }

    /** A portal account of the customer (password secret-123): its username. */
    private String account(long customer) {
        String username = "slot-" + System.nanoTime() % 100_000_000;
        Api.Response account = api.as("admin").post("/api/v1/accounts", Map.of("username", username,
                "password", "secret-123", "displayName", "时段业主",
                "orgNodeId", api.as("owner").get("/api/v1/me").json().get("orgNodeId").asLong(),
                "roles", List.of("OWNER"), "customerId", customer));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return username;
    }

    private Api.Caller owner(long project) {
        return api.basic(OpenDayTests.secondOwner(api, project), "secret-123");
    }

    private static String signUp(long day) {
        return "/api/v1/delivery/open-days/" + day + "/sign-up";
    }

    private static String slotUrl(long day, long slot) {
        return "/api/v1/delivery/open-days/" + day + "/slots/" + slot;
    }

    private long schedule(long project, int capacity, String title) {
        Api.Response created = api.as("agent").post("/api/v1/delivery/projects/" + project + "/open-days",
                Map.of("title", title, "startsAt", NINE, "endsAt", "2026-12-06T05:00:00Z", "capacity", capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode day(long project, long day) {
        return StreamSupport.stream(api.as("agent").get("/api/v1/delivery/projects/" + project + "/open-days").json()
                .spliterator(), false).filter(d -> d.get("id").asLong() == day).findFirst().orElseThrow();
    }

}
