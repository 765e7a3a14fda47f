package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.delivery.InspectionWalkTestsAccess;
import com.estatecare.policies.Policies;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

/**
 * 未收房: the owner of a unit whose inspection appointment has passed and whose keys are not handed over is reminded
 * once a week (the policy's default), whether two instances sweep at once or a new sweeper runs after a restart;
 * the delivery board lists the unit as awaiting its keys; handed over, the unit is reminded no more.
 */
@EstateCareTest
class KeyReminderTests {

    @Autowired
    KeyReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Policies policies;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    MutableClock clock;
    @Autowired
    Api api;

    @Test
    void anOwnerWhoseKeysWaitIsRemindedOncePerWeekAcrossConcurrentSweepsAndARestartUntilTheHandover() {
        long unit = InspectionWalkTestsAccess.unitOwnedBy(api, "owner", "K1");
        Api.Response appointed = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unit, "appointedAt", "2026-11-25T02:00:00Z"));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);

        reminders.sweep();
        assertThat(sent(unit)).as("the appointment is not past yet").isZero();

        clock.set(Instant.parse("2026-11-26T02:00:00Z"));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(reminders::sweep);
        reminders.sweep();
        other.join();
        new KeyReminders(jdbc, policies, events, clock, java.time.ZoneId.of("Asia/Shanghai")).sweep(); // a restart
        assertThat(sent(unit)).as("once in the first week").isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox(unit, 0) == 1);
        assertThat(board(unit).get("awaitingKeys").asBoolean()).isTrue();

        clock.set(Instant.parse("2026-12-02T02:00:00Z"));
        reminders.sweep();
        assertThat(sent(unit)).as("the next week").isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox(unit, 1) == 1);

        clock.set(Instant.parse("2026-12-03T02:00:00Z"));
        Api.Response handover = api.as("agent").put("/api/v1/units/" + unit + "/handover",
                Map.of("handedOverOn", "2026-12-03"));
        assertThat(handover.status()).as(handover.body()).isEqualTo(200);
        clock.set(Instant.parse("2026-12-10T02:00:00Z"));
        reminders.sweep();
        assertThat(sent(unit)).as("keys taken: no more").isEqualTo(2);
        assertThat(board(unit).get("awaitingKeys").asBoolean()).isFalse();
    }

    private int sent(long unit) {
        return jdbc.sql("select count(*) from delivery_key_reminder where unit_id = :unit").param("unit", unit)
                .query(Integer.class).single();
    }

    private int inbox(long unit, int period) {
        return jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                where a.username = 'owner' and n.kind = 'KEYS_NOT_COLLECTED' and n.event_key = :key""")
                .param("key", "keys:" + unit + ":" + period).query(Integer.class).single();
    }

    private tools.jackson.databind.JsonNode board(long unit) {
        long project = InspectionWalkTestsAccess.project(api, "翠湖苑");
        String cursor = null;
        for (int page = 0; page < 200; page++) {
            tools.jackson.databind.JsonNode board = api.as("manager").get("/api/v1/delivery/projects/" + project
                    + "/board?limit=100" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            for (tools.jackson.databind.JsonNode row : board.get("units").get("items")) {
                if (row.get("unitId").asLong() == unit) {
                    return row;
                }
            }
            if (board.get("units").get("next") == null || board.get("units").get("next").isNull()) {
                break;
            }
            cursor = java.net.URLEncoder.encode(board.get("units").get("next").asString(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        throw new AssertionError("unit " + unit + " not on the board");
    }
}
