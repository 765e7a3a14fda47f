package com.estatecare.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static com.estatecare.notifications.internal.TestMail.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.TestClockConfiguration;
import com.estatecare.timelimits.TimeLimits;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The staff mails of a complaint's time limit from end to end, driven by the application's clock: the warning to
 * the request's owner, the breach to them and their supervisor, the escalation to the project company — each
 * mailed once (GreenMail), in each reader's language, and each company's mail to its own staff only.
 */
@EstateCareTest
class StaffMailTests {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("estatecare.notifications.email.from", () -> "service@estatecare.test");
        properties.add("estatecare.notifications.outbox.interval", () -> "PT1H");
    }

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;
    @Autowired
    TimeLimits timeLimits;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcClient jdbc;

    @Test
    void warningBreachAndEscalationOfAComplaintAreMailedToTheirStaffOnceInTheirLanguage() {
        String agent = "agent" + random() + "@example.com";
        String manager = "manager" + random() + "@example.com";
        String projectCompany = "projectco" + random() + "@example.com";
        String hzManager = "hz-manager" + random() + "@example.com";
        contact("agent", agent, "en");
        contact("manager", manager, "zh-CN");
        contact("projectco", projectCompany, "zh-CN");
        contact("hz-manager", hzManager, "zh-CN");
        try {
            clock.set(Instant.parse("2026-12-09T02:00:00Z")); // a Wednesday, 10:00 in Shanghai
            long id = given.register(given.complaintBody(given.unit().get("id").asLong()));
            String number = given.get(id).get("number").asString();
            long hzUnit = api.as("hz-agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("id").asLong();
            Api.Response hz = api.as("hz-agent").post("/api/v1/requests", given.complaintBody(hzUnit));
            assertThat(hz.status()).as(hz.body()).isEqualTo(201);
            String hzNumber = hz.json().get("number").asString();
            long hzId = hz.json().get("id").asLong();

            // 50 minutes on: the dispatch limit (1 working hour) warns its owner, the agent who registered it
            clock.advance(Duration.ofMinutes(50));
            timeLimits.sweep();
            await().atMost(BOUND).until(() -> staffMails(id, "STAFF_TIME_LIMIT_WARNING") == 1);
            drainAll();
            // (the demo data's own open requests warn too on this day: each assertion looks at its request only)
            assertThat(subjects(agent, number)).containsExactly("Time limit warning: Complaint sent to the handling "
                    + "department (1 working hour) of request " + number);
            assertThat(subjects(manager, number)).as("a warning is not for the supervisor").isEmpty();

            // 65 minutes on: breached — the agent and their manager; the complaint climbs to the project company
            clock.advance(Duration.ofMinutes(15));
            timeLimits.sweep();
            timeLimits.sweep();
            await().atMost(BOUND).until(() -> staffMails(id, "STAFF_TIME_LIMIT_BREACHED") >= 2
                    && staffMails(id, "STAFF_ESCALATED") >= 2);
            drainAll();
            assertThat(subjects(manager, number)).containsExactlyInAnyOrder(
                    "超时：工单 " + number + " 的投诉送达处理部门（1 个工作小时）已超时");
            assertThat(subjects(agent, number)).containsExactlyInAnyOrder(
                    "Time limit warning: Complaint sent to the handling department (1 working hour) of request "
                            + number,
                    "Time limit breached: Complaint sent to the handling department (1 working hour) of request "
                            + number,
                    "Escalated: request " + number + " reached the project company");
            assertThat(subjects(projectCompany, number)).containsExactly("升级：工单 " + number + " 已升级至项目公司");

            // the other company's complaint breached too: its manager hears of theirs, never of this one
            await().atMost(BOUND).until(() -> staffMails(hzId, "STAFF_TIME_LIMIT_BREACHED") >= 1);
            drainAll();
            assertThat(subjects(hzManager, hzNumber)).singleElement().asString().startsWith("超时：工单 " + hzNumber);
            // (request numbers count per company: both complaints may be TS-20261209-0001, so look by request)
            assertThat(recipients(id)).contains(agent, manager, projectCompany).doesNotContain(hzManager);
            assertThat(recipients(hzId)).containsOnly(hzManager);
            assertThat(api.as("hz-manager").get("/api/v1/outbox", Map.of("number", number)).json().get("items"))
                    .as("the other company's manager lists only their own company's mails")
                    .noneMatch(item -> item.get("requestId").asLong() == id);

            // the next sweeps, and the outbox drained again, mail nothing more
            int before = SMTP.getReceivedMessages().length;
            timeLimits.sweep();
            drainAll();
            assertThat(mailsTo(SMTP.getReceivedMessages(), agent).stream()
                    .filter(m -> subject(m).contains(number))).hasSize(3);
            assertThat(List.of(SMTP.getReceivedMessages()).subList(before, SMTP.getReceivedMessages().length))
                    .noneMatch(m -> subject(m).contains(number) && subject(m).matches(".*(预警|超时|升级|warning|breached|Escalated).*"));
        } finally {
            clock.set(TestClockConfiguration.START);
            for (String username : List.of("agent", "manager", "projectco", "hz-manager")) {
                contact(username, "", "zh-CN");
            }
        }
    }

    @Test
    void aStaffMemberSetsTheirOwnAddressOnTheirAccountAndTheirNextAssignmentIsMailedThere() {
        String email = "engineer" + random() + "@example.com";
        Api.Response set = api.as("engineer").put("/api/v1/me/contact", Map.of("email", email.toUpperCase(),
                "language", "en"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        try {
            assertThat(api.as("engineer").get("/api/v1/me/contact").json().get("email").asString()).isEqualTo(email);
            assertThat(api.as("admin").get("/api/v1/accounts/" + given.staffId("engineer") + "/contact").json()
                    .get("language").asString()).as("the administrator sees what they set").isEqualTo("en");
            assertThat(api.as("hz-engineer").get("/api/v1/me/contact").json().get("email").isNull())
                    .as("the other company's engineer has their own, unset").isTrue();

            long id = given.register(given.repairBody(given.unit().get("id").asLong()));
            String number = given.get(id).get("number").asString();
            given.walk(id, "REPAIR", 2);
            await().atMost(BOUND).until(() -> staffMails(id, "STAFF_ASSIGNED") == 1);
            drainAll();
            assertThat(subjects(email, number)).containsExactly("Assigned to you: request " + number);

            assertField(api.as("engineer").put("/api/v1/me/contact", Map.of("email", email)), "language");
            assertField(api.as("engineer").english().put("/api/v1/me/contact", Map.of("email", email, "language", "fr")),
                    "language");
            assertField(api.as("engineer").put("/api/v1/me/contact", Map.of("email", "a@example.com\r\nBcc: x@example.com",
                    "language", "en")), "email");
            assertField(api.as("engineer").put("/api/v1/me/contact", Map.of("email", "x".repeat(400) + "@example.com",
                    "language", "en")), "email");
            assertThat(api.as("engineer").put("/api/v1/me/contact", "x".repeat(100)).status()).isEqualTo(400);
            assertThat(api.as("owner").get("/api/v1/me/contact").status()).isEqualTo(403);
            assertThat(api.as("owner").put("/api/v1/me/contact", Map.of("email", email, "language", "en")).status())
                    .isEqualTo(403);
            assertThat(api.as("auditor").get("/api/v1/me/contact").status()).isEqualTo(403);
            assertThat(api.as("engineer").get("/api/v1/me/contact").json().get("email").asString())
                    .as("nothing refused changed it").isEqualTo(email);
        } finally {
            assertThat(api.as("engineer").put("/api/v1/me/contact", Map.of("email", "", "language", "zh-CN")).status())
                    .isEqualTo(200);
        }
        assertThat(api.as("engineer").get("/api/v1/me/contact").json().get("email").isNull()).isTrue();
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private void contact(String username, String email, String language) {
        Api.Response set = api.as("admin").put("/api/v1/accounts/" + given.staffId(username) + "/contact",
                Map.of("email", email, "language", language));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private long staffMails(long requestId, String kind) {
        return jdbc.sql("select count(*) from outbound_message where request_id = :id and kind = :kind")
                .param("id", requestId).param("kind", kind).query(Long.class).single();
    }

    /** Who the staff mails of one request went to. */
    private List<String> recipients(long requestId) {
        return jdbc.sql("select distinct recipient from outbound_message where request_id = :id and kind like 'STAFF_%'")
                .param("id", requestId).query(String.class).list();
    }

    private List<String> subjects(String email, String number) {
        return mailsTo(SMTP.getReceivedMessages(), email).stream().map(TestMail::subject)
                .filter(s -> s.contains(number)).toList();
    }

    private void drainAll() {
        for (int batch = sender.drain(); batch > 0; batch = sender.drain()) {
            // each batch sends what is due; the next looks again
        }
    }
}
