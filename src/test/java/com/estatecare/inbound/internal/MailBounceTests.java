package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import tools.jackson.databind.JsonNode;

/**
 * A bounce of one of the outbox's mails, read by the company's mailbox (GreenMail over IMAP), marks the address:
 * the message that bounced shows why, later mail to the address is skipped, and a forged report that returns none
 * of the outbox's mails marks nobody. The mailbox's settings are tested by the administrator's button.
 */
@EstateCareTest
class MailBounceTests {

    private static final Duration BOUND = Duration.ofSeconds(40);
    private static final int IMAP_PORT = freePort();
    private static final String BOX = "bounces-a@estatecare.test";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(IMAP_PORT, "127.0.0.1", "imap")).withPerMethodLifecycle(false);

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    MailboxPoller poller;

    @Test
    void aBounceMarksTheAddressAndTheOutboxSkipsItAndSaysWhy() {
        String email = "b" + random() + "@example.com";
        long customer = customer(email);
        String first = register(customer);
        JsonNode sent = await().atMost(BOUND).until(() -> outbound(first), e -> e != null && "SENT".equals(state(e)));
        String original = "<" + first + ".outbound-" + sent.get("id").asLong() + "@estatecare.local>";
        String forged = "q" + random() + "@forged.example";
        deliver(MailText.bounce("<" + random() + "@mx.example.com>", original,
                MailText.recipient(email.toUpperCase(), "failed", "5.1.1")));
        deliver(MailText.bounce("<" + random() + "@mx.example.com>", "<somebody@elsewhere.example>",
                MailText.recipient(forged, "failed", "5.1.1")));
        assertThat(poller.poll(box()).failed()).isZero();

        await().atMost(BOUND).until(() -> "FAILED".equals(state(outbound(first))));
        assertThat(outbound(first).get("lastError").asString()).isEqualTo("bouncing: 5.1.1");
        String second = register(customer);
        await().atMost(BOUND).until(() -> outbound(second), e -> e != null && "SKIPPED".equals(state(e)));
        assertThat(outbound(second).get("lastError").asString()).isEqualTo("bouncing: 5.1.1");

        Api.Response bounces = api.as("manager").get("/api/v1/outbox/bounces", Map.of("limit", 200));
        assertThat(bounces.status()).as(bounces.body()).isEqualTo(200);
        assertThat(bounces.body()).contains(email.charAt(0) + "***@example.com").doesNotContain(email)
                .doesNotContain("q***@forged.example");
        assertThat(api.as("hz-manager").get("/api/v1/outbox/bounces", Map.of("limit", 200)).body())
                .as("the other company").doesNotContain(email.charAt(0) + "***@example.com");
        assertThat(api.as("owner").get("/api/v1/outbox/bounces").status()).isEqualTo(403);
        assertThat(api.as("agent").get("/api/v1/outbox/bounces").status()).isEqualTo(403);
        assertThat(api.as("manager").get("/api/v1/outbox/bounces", Map.of("limit", -1)).status()).isEqualTo(400);

        long id = bounces.json().get("items").get(0).get("id").asLong();
        assertThat(api.as("manager").delete("/api/v1/outbox/bounces/" + id).status()).isEqualTo(403);
        assertThat(api.as("admin").delete("/api/v1/outbox/bounces/" + id).status()).isEqualTo(204);
        assertThat(api.as("admin").delete("/api/v1/outbox/bounces/" + id).status()).isEqualTo(404);
    }

    @Test
    void anAdministratorTestsTheSavedMailboxAndOthersCannot() {
        long company = api.as("agent").get("/api/v1/me").json().get("companyId").asLong();
        box();
        Api.Response ok = api.as("admin").post("/api/v1/mailboxes/" + company + "/test", Map.of());
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("ok").asBoolean()).isTrue();
        assertThat(ok.json().get("messages").asInt()).isNotNegative();
        assertThat(ok.body()).doesNotContain(password());

        Map<String, Object> wrong = new HashMap<>(settings());
        wrong.put("password", "not-the-password");
        assertThat(api.as("admin").put("/api/v1/mailboxes/" + company, wrong).status()).isEqualTo(200);
        Api.Response refused = api.as("admin").post("/api/v1/mailboxes/" + company + "/test", Map.of());
        assertThat(refused.json().get("ok").asBoolean()).isFalse();
        assertThat(refused.json().get("error").asString()).isNotBlank().doesNotContain("not-the-password");

        assertThat(api.as("agent").post("/api/v1/mailboxes/" + company + "/test", Map.of()).status()).isEqualTo(403);
        assertThat(api.as("owner").post("/api/v1/mailboxes/" + company + "/test", Map.of()).status()).isEqualTo(403);
        assertThat(api.as("hz-manager").post("/api/v1/mailboxes/" + company + "/test", Map.of()).status())
                .isEqualTo(403);
        assertThat(api.as("admin").post("/api/v1/mailboxes/999999999/test", Map.of()).status()).isEqualTo(404);
        assertThat(api.as("admin").post("/api/v1/mailboxes/x/test", Map.of()).status()).isEqualTo(400);
        box();
    }

    private Mailboxes.Connection box() {
        if (MAIL.getUserManager().getUserByEmail(BOX) == null) {
            MAIL.setUser(BOX, "bounces-a", password());
        }
        long company = api.as("agent").get("/api/v1/me").json().get("companyId").asLong();
        Api.Response set = api.as("admin").put("/api/v1/mailboxes/" + company, settings());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        return mailboxes.enabled().stream().filter(c -> c.companyId() == company).findFirst().orElseThrow();
    }

    private static Map<String, Object> settings() {
        return Map.of("host", "127.0.0.1", "port", IMAP_PORT, "security", "NONE", "username", "bounces-a",
                "password", password());
    }

    private static String password() {
        return "secret-bounces";
    }

    private static void deliver(String raw) {
        if (MAIL.getUserManager().getUserByEmail(BOX) == null) {
            MAIL.setUser(BOX, "bounces-a", password());
        }
        try {
            MAIL.getUserManager().getUserByEmail(BOX).deliver(GreenMailUtil.newMimeMessage(raw));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long customer(String email) {
        JsonNode unit = api.as("agent").get("/api/v1/units?limit=1").json().get("items").get(0);
        Api.Response created = api.as("agent").post("/api/v1/customers", Map.of("name", "退信" + random(),
                "kind", "NEW_OWNER", "grade", "STANDARD", "projectId", unit.get("projectId").asLong(), "email", email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private String register(long customer) {
        long id = given.register(Map.of("kind", "CONSULTATION", "channel", "PHONE", "customerId", customer,
                "description", "咨询物业费", "readBackConfirmed", true));
        return given.get(id).get("number").asString();
    }

    private JsonNode outbound(String number) {
        JsonNode items = api.as("manager").get("/api/v1/outbox", Map.of("number", number, "channel", "EMAIL"))
                .json().get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private static String state(JsonNode entry) {
        return entry.get("state").asString();
    }

    private static String random() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
