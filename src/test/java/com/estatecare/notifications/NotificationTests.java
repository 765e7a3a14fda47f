package com.estatecare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.OwnDatabase;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.timelimits.TimeLimits;

import tools.jackson.databind.JsonNode;

/** Each staff member's inbox, fed by the other modules' events. */
@EstateCareTest
@OwnDatabase
class NotificationTests {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;
    @Autowired
    TimeLimits timeLimits;

    @Test
    void dispatchNotifiesTheAssigneeWhoMarksItRead() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        String number = given.get(id).get("number").asString();
        given.walk(id, "REPAIR", 2);
        await().atMost(BOUND).until(() -> notice("engineer", number, "ASSIGNED") != null);
        JsonNode notice = notice("engineer", number, "ASSIGNED");
        assertThat(notice.get("requestId").asLong()).isEqualTo(id);
        assertThat(notice.get("title").asString()).isEqualTo("工单 " + number + " 已派给您");
        assertThat(api.as("engineer").english().get("/api/v1/me/inbox").json().get("items").get(0).get("title")
                .asString()).startsWith("Request ");
        long unread = api.as("engineer").get("/api/v1/me/inbox/unread-count").json().get("count").asLong();
        assertThat(api.as("engineer").post("/api/v1/me/inbox/" + notice.get("id").asLong() + "/read", Map.of()).status())
                .isEqualTo(204);
        assertThat(api.as("engineer").get("/api/v1/me/inbox/unread-count").json().get("count").asLong())
                .isEqualTo(unread - 1);
        assertThat(api.as("agent").post("/api/v1/me/inbox/" + notice.get("id").asLong() + "/read", Map.of()).status())
                .as("somebody else's notice").isEqualTo(404);
    }

    @Test
    void majorComplaintIsReportedToHeadquartersAtOnceWithASpecialReport() {
        Map<String, Object> body = given.complaintBody(given.unit().get("id").asLong());
        body.put("lawsuit", "FILED");
        long id = given.register(body);
        String number = given.get(id).get("number").asString();
        await().atMost(BOUND).until(() -> notice("hq", number, "MAJOR_COMPLAINT") != null);
        await().atMost(BOUND).until(() -> notice("hq", number, "SPECIAL_REPORT") != null);
        assertThat(notice("manager", number, "SPECIAL_REPORT")).isNotNull();
        assertThat(notice("agent", number, "MAJOR_COMPLAINT")).isNull();
    }

    @Test
    void breachedComplaintLimitNotifiesAndMovesTheComplaintUpTheLadder() {
        clock.set(Instant.parse("2026-12-09T02:00:00Z"));
        long id = given.register(given.complaintBody(given.unit().get("id").asLong()));
        String number = given.get(id).get("number").asString();
        clock.advance(Duration.ofHours(2));
        timeLimits.sweep();
        await().atMost(BOUND).until(() -> "PROJECT_COMPANY".equals(given.get(id).get("escalation").get("level").asString()));
        await().atMost(BOUND).until(() -> notice("projectco", number, "ESCALATED") != null);
        assertThat(notice("manager", number, "TIME_LIMIT_BREACHED")).isNotNull();
    }

    @Test
    void secondComplaintOnTheSameProblemTellsTheProjectCompany() {
        long unit = given.unit().get("id").asLong();
        long first = given.register(given.complaintBody(unit));
        Map<String, Object> again = given.complaintBody(unit);
        again.put("relatedRequestId", first);
        long second = given.register(again);
        String number = given.get(second).get("number").asString();
        await().atMost(BOUND).until(() -> notice("projectco", number, "ESCALATED") != null);
        await().atMost(BOUND).until(() -> notice("manager", number, "APPROVAL_NEEDED") != null);
    }

    private JsonNode notice(String username, String number, String kind) {
        return api.as(username).get("/api/v1/me/inbox?limit=200").json().get("items").valueStream()
                .filter(n -> number.equals(n.get("number").asString()) && kind.equals(n.get("kind").asString()))
                .findFirst().orElse(null);
    }
}
