package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
 * An owner's own intake sets no staff assessment; staff register a request
 * received earlier only within a bound and with the reason (issue 7, item 9).
 */
@EstateCareTest
class OwnerIntakeTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void ownerCannotBackdateOrGradeTheirComplaintThroughThePortal() {
        long unit = ownUnit();
        int before = requestsOn(unit);
        Map<String, Object> body = portalComplaint(unit);
        body.put("receivedAt", "2020-01-01T00:00:00Z");
        body.put("lawsuit", "FILED");
        body.put("media", "EXPOSED");
        body.put("complainantCount", 50);
        body.put("needsSupport", true);

        Api.Response refused = api.as("owner").english().post("/api/v1/requests", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString() + " "
                + e.get("reason").asString()).toList())
                .contains("receivedAt is a staff assessment and cannot be given through the owner's portal",
                        "lawsuit is a staff assessment and cannot be given through the owner's portal")
                .anyMatch(e -> e.startsWith("media "))
                .anyMatch(e -> e.startsWith("complainantCount "))
                .anyMatch(e -> e.startsWith("needsSupport "));
        assertThat(requestsOn(unit)).isEqualTo(before);

        Map<String, Object> byPhone = portalComplaint(unit);
        byPhone.put("channel", "NIGHT_INTERCOM");
        assertThat(api.as("owner").post("/api/v1/requests", byPhone).status()).isEqualTo(400);
    }

    @Test
    void ownersComplaintIsReceivedAtTheServersTimeWithOnlyTheFactsStaffAssess() {
        Api.Response created = api.as("owner").post("/api/v1/requests", portalComplaint(ownUnit()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode request = given.get(created.json().get("id").asLong());
        assertThat(Instant.parse(request.get("receivedAt").asString())).isEqualTo(clock.instant());
        assertThat(request.get("complainantCount").asInt()).isEqualTo(1);
        assertThat(request.get("lawsuit").asString()).isEqualTo("NONE");
    }

    @Test
    void staffRegisterARequestReceivedEarlierOnlyWithinTheBoundAndWithTheReason() {
        Instant now = clock.instant();
        Map<String, Object> body = given.complaintBody(given.unit().get("id").asLong());
        body.put("receivedAt", now.minus(Duration.ofDays(2)).toString());
        Api.Response withoutReason = api.as("agent").post("/api/v1/requests", body);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors").get(0).get("field").asString()).isEqualTo("receivedAtReason");

        body.put("receivedAtReason", "业主上周在售楼处口头反映，今日补录");
        Api.Response registered = api.as("agent").post("/api/v1/requests", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.json().get("id").asLong();
        assertThat(given.get(id).get("receivedAt").asString()).isEqualTo(now.minus(Duration.ofDays(2)).toString());
        JsonNode registration = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().get(0);
        assertThat(registration.get("details").get("receivedAtReason").asString()).isEqualTo("业主上周在售楼处口头反映，今日补录");

        body.put("receivedAt", now.minus(Duration.ofDays(31)).toString());
        Api.Response tooOld = api.as("agent").post("/api/v1/requests", body);
        assertThat(tooOld.status()).isEqualTo(400);
        assertThat(tooOld.json().get("errors").get(0).get("field").asString()).isEqualTo("receivedAt");

        body.put("receivedAt", now.plus(Duration.ofHours(1)).toString());
        assertThat(api.as("agent").post("/api/v1/requests", body).status()).isEqualTo(400);

        body.remove("receivedAtReason");
        body.put("receivedAt", now.minus(Duration.ofMinutes(2)).toString());
        assertThat(api.as("agent").post("/api/v1/requests", body).status())
                .as("a time within the clock skew needs no reason").isEqualTo(201);
    }

    private Map<String, Object> portalComplaint(long unit) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "COMPLAINT", "channel", "PORTAL", "unitId", unit,
                "category", "ENGINEERING_QUALITY", "description", "地下车库渗水，多次报修未解决"));
        return body;
    }

    private long ownUnit() {
        return api.homeOf("owner");
    }

    private int requestsOn(long unit) {
        List<JsonNode> items = api.as("agent").get("/api/v1/requests?limit=200&unitId=" + unit).json().get("items")
                .valueStream().toList();
        return items.size();
    }
}
