package com.estatecare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.AfterCommitWork;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * Webhooks over HTTP against a receiver on the loopback: signed deliveries retried with backoff until accepted, a
 * delivery log, the companies kept apart, only administrators, and hostile subscriptions refused.
 */
@EstateCareTest
class WebhookDeliveryTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    WebhookSender sender;
    @Autowired
    MutableClock clock;
    @Autowired
    AfterCommitWork afterCommit;

    record Received(String signature, String event, String body) {
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseFirst = new AtomicInteger();
    private final List<Long> subscriptions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("EstateCare-Signature"),
                    exchange.getRequestHeaders().getFirst("EstateCare-Event"), body));
            exchange.sendResponseHeaders(refuseFirst.getAndDecrement() > 0 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        subscriptions.forEach(id -> api.as("admin").delete("/api/v1/webhooks/" + id));
        receiver.stop(0);
    }

    @Test
    void aSignedDeliveryRefusedOnceIsRetriedAfterTheBackoffAndLogged() {
        refuseFirst.set(1);
        long company = api.as("agent").get("/api/v1/me").json().get("companyId").asLong();
        JsonNode created = subscribe(company, List.of("REQUEST_REGISTERED"));
        String secret = created.get("secret").asString();
        long subscription = created.get("subscription").get("id").asLong();
        long request = given.register(given.repairBody(given.unit().get("id").asLong()));
        String eventId = "request-registered-" + request;

        await().atMost(Duration.ofSeconds(20)).until(() -> logged(subscription, eventId) != null);
        Instant start = clock.instant();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                sender.sendDue();
                return logged(subscription, eventId).get("attempts").asInt() == 1;
            });
            JsonNode first = logged(subscription, eventId);
            assertThat(first.get("status").asString()).isEqualTo("PENDING");
            assertThat(first.get("lastStatus").asInt()).isEqualTo(503);
            assertThat(sender.sendDue()).as("not due before the backoff").isZero();

            clock.advance(Duration.ofSeconds(61));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                sender.sendDue();
                return "DELIVERED".equals(logged(subscription, eventId).get("status").asString());
            });
            assertThat(logged(subscription, eventId).get("attempts").asInt()).isEqualTo(2);
            Received last = received.stream().filter(r -> r.body().contains(eventId)).reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(last.event()).isEqualTo("REQUEST_REGISTERED");
            assertThat(WebhookSignature.verify(secret, last.signature(), last.body(),
                    clock.instant().getEpochSecond(), 300)).isTrue();
            assertThat(WebhookSignature.verify(secret, last.signature(), last.body().replace("REPAIR", "COMPLAINT"),
                    clock.instant().getEpochSecond(), 300)).isFalse();
            JsonNode payload = Api.parse(last.body());
            assertThat(payload.get("data").get("requestId").asLong()).isEqualTo(request);
            assertThat(payload.get("data").get("number").asString()).startsWith("BX-");
            assertThat(last.body()).as("no personal data").doesNotContain("13800138000", "王先生");
        } finally {
            clock.set(start);
        }
    }

    @Test
    void aDeactivatedSubscriptionHearsNothingMoreAndANewOneHearsAtOnce() {
        long company = api.as("agent").get("/api/v1/me").json().get("companyId").asLong();
        long first = subscribe(company, List.of("REQUEST_REGISTERED")).get("subscription").get("id").asLong();
        long before = given.register(given.repairBody(given.unit().get("id").asLong()));
        await().atMost(Duration.ofSeconds(20)).until(() -> logged(first, "request-registered-" + before) != null);

        assertThat(api.as("admin").delete("/api/v1/webhooks/" + first).status()).isEqualTo(204);
        long second = subscribe(company, List.of("REQUEST_REGISTERED")).get("subscription").get("id").asLong();
        long after = given.register(given.repairBody(given.unit().get("id").asLong()));
        await().atMost(Duration.ofSeconds(20)).until(() -> logged(second, "request-registered-" + after) != null);
        afterCommit.awaitDone(Duration.ofSeconds(20));
        assertThat(logged(first, "request-registered-" + after)).as("the deactivated subscription").isNull();
    }

    @Test
    void aSubscriptionHearsOnlyItsOwnCompanyAndOnlyAdministratorsManageThem() {
        long shanghai = api.as("agent").get("/api/v1/me").json().get("companyId").asLong();
        long subscription = subscribe(shanghai, List.of("REQUEST_REGISTERED")).get("subscription").get("id")
                .asLong();
        long hzUnit = api.as("hz-agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("id").asLong();
        Api.Response hz = api.as("hz-agent").post("/api/v1/requests", given.repairBody(hzUnit));
        assertThat(hz.status()).as(hz.body()).isEqualTo(201);
        afterCommit.awaitDone(Duration.ofSeconds(20));
        assertThat(logged(subscription, "request-registered-" + hz.json().get("id").asLong())).isNull();

        for (String who : List.of("agent", "manager", "hz-manager", "owner", "hz-owner")) {
            assertThat(api.as(who).get("/api/v1/webhooks").status()).as(who).isEqualTo(403);
            assertThat(api.as(who).post("/api/v1/webhooks", Map.of("url", url(), "eventTypes",
                    List.of("CLOCK_BREACHED"))).status()).as(who).isEqualTo(403);
        }
        assertThat(api.as("admin").get("/api/v1/webhooks").json().valueStream()
                .map(s -> s.get("id").asLong())).contains(subscription);
        assertThat(api.as("admin").get("/api/v1/webhooks").body()).doesNotContain("whsec_");
    }

    @Test
    void hostileSubscriptionsAreRefusedWithAProblemNamingTheField() {
        long company = api.as("agent").get("/api/v1/me").json().get("companyId").asLong();
        assertRefused(Map.of("companyId", company, "url", "file:///etc/passwd", "eventTypes",
                List.of("REQUEST_REGISTERED")), "url");
        assertRefused(Map.of("companyId", company, "url", "gopher://127.0.0.1:25/", "eventTypes",
                List.of("REQUEST_REGISTERED")), "url");
        assertRefused(Map.of("companyId", company, "url", "https://example.com/" + "a".repeat(3000), "eventTypes",
                List.of("REQUEST_REGISTERED")), "url");
        assertRefused(Map.of("companyId", company, "url", url(), "eventTypes", List.of()), "eventTypes");
        assertRefused(Map.of("companyId", company, "url", url(), "eventTypes", List.of("EVERYTHING")), "eventTypes");
        assertRefused(Map.of("url", url(), "eventTypes", List.of("CLOCK_BREACHED")), "companyId");
        Api.Response otherCompany = api.as("admin").post("/api/v1/webhooks", Map.of("companyId", 999_999_999L,
                "url", url(), "eventTypes", List.of("CLOCK_BREACHED")));
        assertThat(otherCompany.status()).as(otherCompany.body()).isEqualTo(422);
        assertThat(otherCompany.body()).contains("companyId");
        Api.Response huge = api.as("admin").post("/api/v1/webhooks", Map.of("url", url(), "eventTypes",
                List.of("CLOCK_BREACHED"), "description", "长".repeat(200_000)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.as("admin").get("/api/v1/webhooks/999999999/deliveries").status()).isEqualTo(404);
        long id = subscribe(company, List.of("CLOCK_BREACHED")).get("subscription").get("id").asLong();
        Api.Response cursor = api.as("admin").get("/api/v1/webhooks/" + id + "/deliveries?cursor=%27%3B");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(api.as("admin").get("/api/v1/webhooks/" + id + "/deliveries?limit=100000").status())
                .isEqualTo(400);
        assertThat(api.as("admin").post("/api/v1/webhooks/" + id + "/deliveries/1/retry", Map.of()).status())
                .isEqualTo(409);
    }

    private void assertRefused(Map<String, Object> body, String field) {
        for (Api.Caller caller : List.of(api.as("admin"), api.as("admin").english())) {
            Api.Response response = caller.post("/api/v1/webhooks", body);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(response.body()).anyMatch(f -> f.equals(field) || f.startsWith(field + "["));
        }
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private JsonNode subscribe(long company, List<String> types) {
        Api.Response created = api.as("admin").post("/api/v1/webhooks",
                Map.of("companyId", company, "url", url(), "eventTypes", types, "description", "ERP 测试"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("secret").asString()).startsWith("whsec_");
        subscriptions.add(created.json().get("subscription").get("id").asLong());
        return created.json();
    }

    private JsonNode logged(long subscription, String eventId) {
        Api.Response log = api.as("admin").get("/api/v1/webhooks/" + subscription + "/deliveries?limit=200");
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.json().get("items").valueStream().filter(d -> eventId.equals(d.get("eventId").asString()))
                .findFirst().orElse(null);
    }
}
