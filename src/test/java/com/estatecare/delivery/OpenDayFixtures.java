package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;

import com.estatecare.support.Api;

import tools.jackson.databind.JsonNode;

/** Look-ups the open-day tests share: the demo project they use and an owner's view of one day. */
final class OpenDayFixtures {

    private OpenDayFixtures() {
    }

    /** The demo project 翠湖苑, whose units the demo owner holds. */
    static long project(Api api) {
        return StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals("翠湖苑")).findFirst().orElseThrow().get("id").asLong();
    }

    /** The day as the owner's portal lists it (their sign-up, slot and place in line). */
    static JsonNode mine(Api.Caller owner, long day) {
        return StreamSupport.stream(owner.get("/api/v1/delivery/my-open-days").json().spliterator(), false)
                .filter(d -> d.get("id").asLong() == day).findFirst().orElseThrow();
    }

    /** Adds a time slot to a day as the agent; answers the day with its slots. */
    static JsonNode addSlot(Api api, long day, String from, String to, int capacity) {
        Api.Response added = api.as("agent").post("/api/v1/delivery/open-days/" + day + "/slots",
                Map.of("startsAt", from, "endsAt", to, "capacity", capacity));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json();
    }

    /** The id of the day's slot that starts then. */
    static long slotAt(JsonNode day, String startsAt) {
        return StreamSupport.stream(day.get("slots").spliterator(), false)
                .filter(s -> Instant.parse(s.get("startsAt").asString()).equals(Instant.parse(startsAt)))
                .findFirst().orElseThrow().get("id").asLong();
    }

    /** The day's slot of that id. */
    static JsonNode slot(JsonNode day, long slot) {
        return StreamSupport.stream(day.get("slots").spliterator(), false).filter(s -> s.get("id").asLong() == slot)
                .findFirst().orElseThrow();
    }

    /** Waits for the start signal of threads racing each other. */
    static void awaitStart(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
