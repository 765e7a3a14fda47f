package com.estatecare.timelimits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * The clocks drive breaches, escalation and fines: only the customer-service
 * specialist and managers pause or resume them, with a reason on the timeline
 * (issue 7, item 8).
 */
@EstateCareTest
class ClockPauseTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void ownerEngineerOnHisOwnJobConsultantAndHandlerCannotPauseTheClocks() {
        long ownUnit = api.homeOf("owner");
        long id = given.register(given.repairBody(ownUnit));
        given.walk(id, "REPAIR", 2);
        assertThat(given.get(id).get("assignee").get("name").asString()).isEqualTo("维修工程师 张强");

        for (String who : List.of("owner", "engineer", "consultant", "handler")) {
            Api.Response pause = api.as(who).post(path(id, "pause"), Map.of("reason", "想暂停"));
            assertThat(pause.status()).as(who + ": " + pause.body()).isEqualTo(403);
            assertThat(api.as(who).post(path(id, "resume"), Map.of("reason", "想恢复")).status()).as(who)
                    .isEqualTo(403);
        }
        assertThat(statuses(id)).doesNotContain("PAUSED");
        assertThat(actions(id)).doesNotContain("PAUSE_TIME_LIMITS");
    }

    @Test
    void agentAndManagerPauseAndResumeWithAReasonThatTheTimelineRecords() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        assertThat(api.as("agent").post(path(id, "pause"), Map.of()).status()).isEqualTo(400);
        assertThat(api.as("agent").post(path(id, "pause"), Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(statuses(id)).doesNotContain("PAUSED");

        assertThat(api.as("agent").post(path(id, "pause"), Map.of("reason", "业主出差，约定下周一上门")).status())
                .isEqualTo(204);
        assertThat(statuses(id)).contains("PAUSED");
        assertThat(api.as("manager").post(path(id, "resume"), Map.of()).status()).isEqualTo(400);
        assertThat(api.as("manager").post(path(id, "resume"), Map.of("reason", "业主已回来")).status()).isEqualTo(204);
        assertThat(statuses(id)).doesNotContain("PAUSED");

        List<JsonNode> timeline = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream()
                .filter(e -> e.get("action").asString().endsWith("_TIME_LIMITS")).toList();
        assertThat(timeline).extracting(e -> e.get("action").asString() + " " + e.get("actorName").asString() + ": "
                + e.get("note").asString())
                .containsExactly("PAUSE_TIME_LIMITS 客服专员 林芳: 业主出差，约定下周一上门",
                        "RESUME_TIME_LIMITS 客服经理 陈静: 业主已回来");
    }

    private static String path(long id, String step) {
        return "/api/v1/requests/" + id + "/time-limits/" + step;
    }

    private List<String> statuses(long id) {
        return given.get(id).get("timeLimits").valueStream().map(c -> c.get("status").asString()).toList();
    }

    private List<String> actions(long id) {
        return api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream()
                .map(e -> e.get("action").asString()).toList();
    }
}
