package com.estatecare.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.CustomerPhones;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.EventStream;
import com.estatecare.support.Fixtures;
import com.estatecare.support.LiveStreams;

import tools.jackson.databind.JsonNode;

/**
 * The call centre's screen pop (来电弹屏) over HTTP: the call reaches only its agent's live stream, the intake reads
 * the customer found by the caller's number, the recording lands on the request's timeline once, and another
 * company's call centre, owners and hostile calls are refused.
 */
@EstateCareTest
class ScreenPopTests {

    private static final Duration SECONDS = LiveStreams.SECONDS;
    private static final String PATH = "/api/v1/inbound/calls";

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final LiveStreams live = new LiveStreams();

    @Test
    void aCallPopsUpOnItsAgentsWorkbenchWithTheCallersCustomerFound() {
        EventStream agent = live.ready("agent");
        EventStream manager = live.ready("manager");
        String phone = CustomerPhones.phoneOf(jdbc, "owner");
        String callId = "cti-" + UUID.randomUUID();

        Api.Response call = api.as("manager").post(PATH, Map.of("callId", callId, "callerNumber", "+86 " + phone,
                "agent", "agent"));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        long id = call.json().get("id").asLong();

        JsonNode popped = agent.await(e -> e.name().equals("call") && e.json().get("callId").asLong() == id, SECONDS)
                .json();
        assertThat(popped.propertyNames()).containsExactlyInAnyOrder("callId", "at");
        JsonNode read = api.as("agent").get(PATH + "/" + id).json();
        long owner = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        assertThat(read.get("callerPhone").asString()).isEqualTo(phone);
        assertThat(read.get("customers").valueStream().map(c -> c.get("id").asLong())).contains(owner);
        assertThat(read.get("customers").get(0).get("phone").asString()).doesNotContain(phone);
        Api.Response again = api.as("manager").post(PATH, Map.of("callId", callId, "callerNumber", phone,
                "agent", "agent"));
        assertThat(again.json().get("id").asLong()).as("the same call").isEqualTo(id);
        assertThat(manager.events()).noneMatch(e -> e.name().equals("call"));
    }

    @Test
    void theRecordingOfTheCallLandsOnceOnTheRequestRegisteredFromIt() {
        long id = api.as("manager").post(PATH, Map.of("callId", "cti-" + UUID.randomUUID(), "callerNumber",
                "13800138000", "agent", "agent")).json().get("id").asLong();
        long request = given.register(given.repairBody(given.unit().get("id").asLong()));
        assertThat(api.as("agent").put(PATH + "/" + id + "/request", Map.of("requestId", request)).status())
                .isEqualTo(200);
        Api.Response recorded = api.as("manager").put(PATH + "/" + id + "/recording",
                Map.of("recordingRef", "https://cti.example.com/rec/8812"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        api.as("manager").put(PATH + "/" + id + "/recording", Map.of("recordingRef", "https://cti.example.com/rec/8812"));

        List<JsonNode> entries = api.as("agent").get("/api/v1/requests/" + request + "/timeline").json().valueStream()
                .filter(e -> "CALL_RECORDING".equals(e.get("action").asString())).toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).toString()).contains("https://cti.example.com/rec/8812");
        long other = given.register(given.repairBody(given.unit().get("id").asLong()));
        assertThat(api.as("agent").put(PATH + "/" + id + "/request", Map.of("requestId", other)).status())
                .isEqualTo(409);
    }

    @Test
    void anotherCompanyOwnersAndHostileCallsAreRefused() {
        String callId = "cti-" + UUID.randomUUID();
        Api.Response foreign = api.as("hz-manager").post(PATH, Map.of("callId", callId, "callerNumber",
                "13800138000", "agent", "agent"));
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(422);
        assertThat(foreign.body()).contains("agent");
        assertThat(api.as("owner").post(PATH, Map.of("callId", callId, "callerNumber", "13800138000", "agent",
                "agent")).status()).isEqualTo(403);
        long id = api.as("manager").post(PATH, Map.of("callId", callId, "callerNumber", "13800138000", "agent",
                "agent")).json().get("id").asLong();
        assertThat(api.as("hz-agent").get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(api.as("owner").get(PATH + "/" + id).status()).isEqualTo(404);

        assertRefused(Map.of("callId", callId, "callerNumber", "not-a-number", "agent", "agent"), "callerNumber");
        assertRefused(Map.of("callId", "x".repeat(101), "callerNumber", "13800138000", "agent", "agent"), "callId");
        assertRefused(Map.of("callId", "a b\u0000", "callerNumber", "13800138000", "agent", "agent"), "callId");
        assertRefused(Map.of("callerNumber", "13800138000", "agent", "agent"), "callId");
        Api.Response huge = api.as("manager").post(PATH, Map.of("callId", "x", "callerNumber", "1".repeat(200_000),
                "agent", "agent"));
        assertThat(huge.status()).isEqualTo(413);
        Api.Response ref = api.as("manager").put(PATH + "/" + id + "/recording", Map.of("recordingRef",
                "r".repeat(501)));
        assertThat(ref.status()).isEqualTo(400);
    }

    private void assertRefused(Map<String, Object> body, String field) {
        for (Api.Caller caller : List.of(api.as("manager"), api.as("manager").english())) {
            Api.Response response = caller.post(PATH, body);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(response.body()).contains(field);
        }
    }
}
