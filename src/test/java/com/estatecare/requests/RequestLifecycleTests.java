package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/** The life of a request (SPEC §4), step by step over HTTP. */
@EstateCareTest
class RequestLifecycleTests {

    @Autowired
    Api api;

    @Test
    void repairGoesFromPhoneCallToArchive() {
        JsonNode unit = api.as("engineer").get("/api/v1/units?limit=1").json().get("items").get(0);
        long engineer = staffId("engineer");

        var created = api.as("agent").post("/api/v1/requests", Map.of(
                "kind", "REPAIR", "channel", "PHONE", "unitId", unit.get("id").asLong(),
                "reporter", Map.of("name", "王先生", "phone", "13800138000"),
                "category", "HOUSING_QUALITY", "componentCode", "WINDOW",
                "description", "主卧窗户漏水", "locationInUnit", "主卧", "expectedOutcome", "一周内修好",
                "readBackConfirmed", true));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("number").asString()).matches("BX-\\d{8}-\\d{4}");
        assertThat(created.json().get("status").asString()).isEqualTo("RECEIVED");
        long id = created.json().get("id").asLong();

        step(id, "agent", "classify", Map.of("category", "HOUSING_QUALITY"), "CLASSIFIED");
        step(id, "agent", "dispatch", Map.of("assigneeId", engineer), "DISPATCHED");
        step(id, "engineer", "respond", Map.of("note", "已电话联系业主，约定明天上门"), "RESPONDED");
        step(id, "engineer", "agree-plan", Map.of("scheduledAt", "2026-11-26T02:00:00Z", "materials", "密封胶",
                "workers", "张强", "ownerNotifiedAt", "2026-11-25T02:00:00Z"), "PLAN_AGREED");
        step(id, "engineer", "complete", Map.of("warranty", "IN_WARRANTY"), "DONE");
        step(id, "agent", "verify", Map.of("satisfied", true), "VERIFIED");
        step(id, "agent", "revisit", Map.of("satisfied", true, "satisfaction", 5, "followedUp", true), "REVISITED");
        JsonNode archived = step(id, "agent", "archive", Map.of(), "ARCHIVED");

        assertThat(archived.get("firstContact").get("name").asString()).isEqualTo("客服专员 林芳");
        assertThat(archived.get("completion").get("chargeFen").asLong()).isZero();
        assertThat(archived.get("reporter").get("phone").asString()).isEqualTo("138****8000");
        List<String> actions = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream()
                .map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsExactly("REGISTER", "CLASSIFY", "DISPATCH", "RESPOND", "AGREE_PLAN", "COMPLETE",
                "VERIFY", "REVISIT", "ARCHIVE");
    }

    private JsonNode step(long id, String who, String action, Map<String, ?> body, String expectedStatus) {
        var response = api.as(who).post("/api/v1/requests/" + id + "/actions/" + action, new LinkedHashMap<>(body));
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo(expectedStatus);
        return response.json();
    }

    private long staffId(String username) {
        return api.as(username).get("/api/v1/me").json().get("accountId").asLong();
    }
}
